import { AuthenticatedUser } from '@kem/api-auth';
import { APP_CONFIG, AppConfig, CLOCK, Clock } from '@kem/api-config';
import { FootprintEntity, ScenarioEntity, StoredScenarioDefinition } from '@kem/api-data';
import { InvalidInputError, NotFoundError, PageQueryDto, pageWindow } from '@kem/api-http';
import {
  authorLabel,
  type Page,
  type ProjectionPathView,
  type ScenarioComparisonView,
  type ScenarioPresetView,
  type ScenarioProjectionView,
  type ScenarioView,
} from '@kem/contracts';
import { UNCERTAINTY, UNCERTAINTY_METHOD } from '@kem/api-index';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  instantiatePreset,
  projectScenario,
  SCENARIO_PRESETS,
  validateScenario,
  type PathSummary,
  type ScenarioDefinition,
} from '@kem/scoring';
import { DataSource } from 'typeorm';
import { footprintAnswers, FootprintsService } from '../footprints/footprints.service';
import { canManage } from '../shared/access';
import { asInputError, EXPOSURE_HISTORY_START, ExposureEvidence } from '../shared/exposure-evidence.service';
import { CreateScenarioDto, ProjectScenarioDto, UpdateScenarioDto } from './scenario.dto';

const DEFAULT_HORIZON_MONTHS = 12;

function definitionOf(body: { events: ProjectScenarioDto['events']; holds: ProjectScenarioDto['holds'] }): StoredScenarioDefinition {
  return {
    events: body.events.map((e) => ({
      indicatorKey: e.indicatorKey,
      severity: e.severity,
      start: e.start,
      durationDays: e.durationDays,
      stage: e.stage ?? null,
      label: e.label ?? null,
    })),
    holds: body.holds.map((h) => ({ indicatorKey: h.indicatorKey, level: h.level, from: h.from, to: h.to })),
  };
}

/**
 * Scenarios: saved what-ifs (owner and admins manage them; `shared` ones are readable by any
 * signed-in user with the link) and projections, which read the evidence and write nothing.
 */
@Injectable()
export class ScenariosService {
  private readonly logger = new Logger(ScenariosService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly inputs: ExposureEvidence,
    private readonly footprints: FootprintsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(ScenarioEntity);
  }

  private view(s: ScenarioEntity, user: AuthenticatedUser): ScenarioView {
    const author = authorLabel(s.owner) ?? 'Former user';
    return {
      id: s.id,
      name: s.name,
      description: s.description,
      shared: s.shared,
      horizonMonths: s.horizonMonths,
      footprintId: s.footprintId,
      events: s.definition.events.map((e) => ({ ...e })),
      holds: s.definition.holds.map((h) => ({ ...h })),
      mine: s.ownerId === user.id,
      author,
      link: `${this.config.publicUrl}/scenarios?id=${s.id}`,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  presets(): ScenarioPresetView[] {
    const today = this.clock.today();
    return SCENARIO_PRESETS.map((p) => {
      const d = instantiatePreset(p, today);
      return {
        key: p.key,
        name: p.name,
        rationale: p.rationale,
        sources: p.sources.map((s) => ({ ...s })),
        definition: {
          events: d.events.map((e) => ({ ...e, stage: e.stage ?? null, label: e.label ?? null })),
          holds: d.holds.map((h) => ({ ...h })),
        },
      };
    });
  }

  async list(user: AuthenticatedUser, q: PageQueryDto): Promise<Page<ScenarioView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const [rows, total] = await this.repo.findAndCount({
      where: user.role === 'admin' ? {} : [{ ownerId: user.id }, { shared: true }],
      relations: { owner: true },
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items: rows.map((r) => this.view(r, user)), total, page, pageSize };
  }

  private async find(user: AuthenticatedUser, id: number, write: boolean): Promise<ScenarioEntity> {
    const row = await this.repo.findOne({ where: { id }, relations: { owner: true } });
    if (!row || !(canManage(user, row.ownerId) || (!write && row.shared))) throw new NotFoundError(`No scenario ${id}`);
    return row;
  }

  async get(user: AuthenticatedUser, id: number): Promise<ScenarioView> {
    return this.view(await this.find(user, id, false), user);
  }

  /** A footprint the caller may use, or a 400 naming footprintId. */
  private async footprint(user: AuthenticatedUser, id: number | null | undefined): Promise<FootprintEntity | null> {
    if (id === null || id === undefined) return null;
    const row = await this.footprints.visible(user, id);
    if (!row) throw InvalidInputError.field('footprintId', `footprintId ${id} is not one of your footprints`);
    return row;
  }

  async create(user: AuthenticatedUser, body: CreateScenarioDto): Promise<ScenarioView> {
    const horizonMonths = body.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
    await this.footprint(user, body.footprintId);
    const definition = definitionOf(body);
    await this.check(definition, horizonMonths);
    const row = await this.repo.save(
      this.repo.create({
        ownerId: user.id,
        name: body.name.trim(),
        description: body.description ?? null,
        shared: body.shared ?? false,
        horizonMonths,
        footprintId: body.footprintId ?? null,
        definition,
      }),
    );
    this.logger.log(`Scenario ${row.id} saved by user ${user.id}`);
    return this.get(user, row.id);
  }

  async update(user: AuthenticatedUser, id: number, body: UpdateScenarioDto): Promise<ScenarioView> {
    const row = await this.find(user, id, true);
    if (body.footprintId !== undefined) await this.footprint(user, body.footprintId);
    const definition = definitionOf({
      events: body.events ?? row.definition.events,
      holds: body.holds ?? row.definition.holds,
    } as ProjectScenarioDto);
    const horizonMonths = body.horizonMonths ?? row.horizonMonths;
    await this.check(definition, horizonMonths);
    Object.assign(row, {
      name: body.name?.trim() ?? row.name,
      description: body.description === undefined ? row.description : body.description,
      shared: body.shared ?? row.shared,
      horizonMonths,
      footprintId: body.footprintId === undefined ? row.footprintId : body.footprintId,
      definition,
    });
    delete row.owner;
    await this.repo.save(row);
    return this.get(user, id);
  }

  async remove(user: AuthenticatedUser, id: number): Promise<void> {
    await this.repo.remove(await this.find(user, id, true));
  }

  /** Validates a definition against the indicators, today and the horizon (400 naming the field). */
  private async check(definition: StoredScenarioDefinition, horizonMonths: number): Promise<void> {
    const { definitions } = await this.inputs.load();
    try {
      validateScenario(definition as ScenarioDefinition, definitions, this.clock.today(), horizonMonths);
    } catch (error) {
      throw asInputError(error);
    }
  }

  /** Projects an unsaved scenario (nothing is written). */
  async project(user: AuthenticatedUser, body: ProjectScenarioDto): Promise<ScenarioProjectionView> {
    const footprint = await this.footprint(user, body.footprintId);
    return this.run(definitionOf(body), body.horizonMonths ?? DEFAULT_HORIZON_MONTHS, footprint);
  }

  /** Projects a saved scenario; its footprint only when the caller may see it. */
  async projection(user: AuthenticatedUser, id: number): Promise<ScenarioProjectionView> {
    const row = await this.find(user, id, false);
    const footprint = row.footprintId === null ? null : await this.footprints.visible(user, row.footprintId);
    return this.run(row.definition, row.horizonMonths, footprint);
  }

  async compare(user: AuthenticatedUser, ids: number[]): Promise<ScenarioComparisonView> {
    const scenarios = [];
    for (const id of [...new Set(ids)]) {
      const row = await this.find(user, id, false);
      scenarios.push({ id, name: row.name, projection: await this.projection(user, id) });
    }
    return { scenarios };
  }

  private async run(
    definition: StoredScenarioDefinition,
    horizonMonths: number,
    footprint: FootprintEntity | null,
  ): Promise<ScenarioProjectionView> {
    const { definitions, evidence, weights, aggregation, names } = await this.inputs.load();
    try {
      const p = projectScenario(definitions, evidence, definition as ScenarioDefinition, {
        today: this.clock.today(),
        horizonMonths,
        historyFrom: EXPOSURE_HISTORY_START,
        weights,
        aggregation,
        footprint: footprint ? footprintAnswers(footprint) : null,
        uncertainty: UNCERTAINTY,
      });
      const path = (s: PathSummary): ProjectionPathView => ({
        baseline: s.path.baseline,
        scenario: s.path.scenario,
        lower: s.band?.lower ?? [],
        upper: s.band?.upper ?? [],
        todayValue: s.todayValue,
        baselineEnd: s.baselineEnd,
        scenarioEnd: s.scenarioEnd,
        maxDifference: s.maxDifference,
        maxDifferenceDate: s.maxDifferenceDate,
        crossings: s.crossings.map((c) => ({ ...c, name: c.series === 'index' ? 'Exposure index' : (names[c.series] ?? c.series) })),
        triggeredActions: s.triggeredActions.map((a) => ({ ...a })),
      });
      return {
        from: p.from,
        today: p.today,
        to: p.to,
        country: path(p.country),
        company: p.company && footprint ? { ...path(p.company), footprintId: footprint.id, footprintName: footprint.name } : null,
        indicators: p.indicators.map((i) => ({ ...i, name: names[i.key] ?? i.key })),
        uncertaintyMethod: `${UNCERTAINTY_METHOD} Around a projection it is the spread of the scenario’s evidence laid around the projected path.`,
        published: false,
      };
    } catch (error) {
      throw asInputError(error);
    }
  }
}

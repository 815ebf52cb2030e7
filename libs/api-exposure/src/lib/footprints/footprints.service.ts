import { AuthenticatedUser } from '@kem/api-auth';
import { CLOCK, Clock } from '@kem/api-config';
import type { OverviewFootprint } from '@kem/api-index';
import { FootprintEntity } from '@kem/api-data';
import { NotFoundError, PageQueryDto, pageWindow } from '@kem/api-http';
import type { CompanyIndexView, FootprintView, Page } from '@kem/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  classifyBand,
  companyIndexSeries,
  explainExposureDifference,
  freshnessOnDay,
  prepareEvidenceV2,
  rankCompanyActions,
  scorePreparedV2,
  simulateIndexUncertaintyV2,
  type Footprint,
} from '@kem/scoring';
import { DataSource } from 'typeorm';
import { canManage } from '../shared/access';
import { asInputError, EXPOSURE_HISTORY_START, ExposureEvidence } from '../shared/exposure-evidence.service';
import { CreateFootprintDto, UpdateFootprintDto } from './footprint.dto';

const r2 = (v: number) => Math.round(v * 100) / 100;

export function footprintAnswers(f: FootprintEntity): Footprint {
  return {
    revenueShareKz: f.revenueShareKz,
    exportRouteShare: f.exportRouteShare,
    russianInputShare: f.russianInputShare,
    staffInKz: f.staffInKz,
    sitesInKz: f.sitesInKz,
    siteRegions: f.siteRegions,
    foreignFundedPartners: f.foreignFundedPartners,
    paymentsViaRussia: f.paymentsViaRussia,
    dataViaRussia: f.dataViaRussia,
    telecomViaRussia: f.telecomViaRussia,
  };
}

/** A footprint as the overview reads it: its answers, and a revision that changes whenever they do. */
export function overviewFootprint(f: FootprintEntity): OverviewFootprint {
  return { id: f.id, name: f.name, answers: footprintAnswers(f), revision: f.updatedAt.toISOString() };
}

export function toFootprintView(f: FootprintEntity, user: AuthenticatedUser): FootprintView {
  return {
    id: f.id,
    name: f.name,
    ...footprintAnswers(f),
    siteRegions: [...f.siteRegions],
    mine: f.ownerId === user.id,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** Footprints: private to their owner (admins see all); the company index computed on read, never stored. */
@Injectable()
export class FootprintsService {
  private readonly logger = new Logger(FootprintsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly inputs: ExposureEvidence,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(FootprintEntity);
  }

  async list(user: AuthenticatedUser, q: PageQueryDto): Promise<Page<FootprintView>> {
    const { page, pageSize, skip, take } = pageWindow(q);
    const [rows, total] = await this.repo.findAndCount({
      where: user.role === 'admin' ? {} : { ownerId: user.id },
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items: rows.map((r) => toFootprintView(r, user)), total, page, pageSize };
  }

  /** The footprint if the caller may see it (its owner or an admin), else null. */
  async visible(user: AuthenticatedUser, id: number): Promise<FootprintEntity | null> {
    const row = await this.repo.findOneBy({ id });
    return row && canManage(user, row.ownerId) ? row : null;
  }

  /** The footprint if the caller may see it; 404 otherwise (another user's footprint does not exist for them). */
  async get(user: AuthenticatedUser, id: number): Promise<FootprintEntity> {
    const row = await this.visible(user, id);
    if (!row) throw new NotFoundError(`No footprint ${id}`);
    return row;
  }

  async create(user: AuthenticatedUser, body: CreateFootprintDto): Promise<FootprintView> {
    const row = await this.repo.save(this.repo.create({ ...body, name: body.name.trim(), ownerId: user.id }));
    this.logger.log(`Footprint ${row.id} created by user ${user.id}`);
    return toFootprintView(row, user);
  }

  async update(user: AuthenticatedUser, id: number, body: UpdateFootprintDto): Promise<FootprintView> {
    const row = await this.get(user, id);
    Object.assign(row, body, body.name !== undefined ? { name: body.name.trim() } : {});
    return toFootprintView(await this.repo.save(row), user);
  }

  async remove(user: AuthenticatedUser, id: number): Promise<void> {
    const row = await this.get(user, id);
    await this.repo.remove(row);
  }

  /** The company index today: country scores weighted by exposure, the stated reason, ranked actions, freshness and the 5–95 % band. */
  async companyIndex(user: AuthenticatedUser, id: number, draws = 200): Promise<CompanyIndexView> {
    const row = await this.get(user, id);
    const today = this.clock.today();
    const { definitions, evidence, weights, aggregation, names } = await this.inputs.load();
    try {
      const prepared = prepareEvidenceV2(definitions, evidence);
      const history = scorePreparedV2(prepared, { from: EXPOSURE_HISTORY_START, to: today });
      const series = companyIndexSeries(history, weights, footprintAnswers(row), aggregation);
      const diff = explainExposureDifference(series, today, names);
      const t = series.company.days - 1;
      const scores = Object.fromEntries(
        series.company.keys.flatMap((k, i) => (Number.isNaN(series.company.scores[i][t]) ? [] : [[k, series.company.scores[i][t]]])),
      );
      const plan = rankCompanyActions(diff.companyValue, scores, series.factors, names);
      const freshness = freshnessOnDay(history, today);
      let uncertainty: CompanyIndexView['uncertainty'] = null;
      if (draws > 0) {
        const band = simulateIndexUncertaintyV2(
          prepared,
          { from: addDays(today, -1), to: today },
          series.weights,
          aggregation.peakChannel ?? 0,
          { draws, seed: 13 },
        );
        uncertainty = { p5: r2(band.p5[1]), p95: r2(band.p95[1]) };
      }
      const from = addDays(today, -365);
      const offset = t - 365;
      const slice = (v: Float64Array) => Array.from(v.subarray(Math.max(0, offset)), (x) => (Number.isNaN(x) ? null : r2(x)));
      return {
        footprint: toFootprintView(row, user),
        date: today,
        companyValue: r2(diff.companyValue),
        companyBand: diff.companyBand,
        companyBandLabel: classifyBand(diff.companyValue)?.label ?? '',
        countryValue: r2(diff.countryValue),
        countryBand: diff.countryBand,
        countryBandLabel: classifyBand(diff.countryValue)?.label ?? '',
        difference: r2(diff.difference),
        reason: diff.reason,
        topChannels: [...diff.topChannels],
        channels: diff.channels.map((c) => ({
          key: c.indicatorKey,
          name: names[c.indicatorKey] ?? c.indicatorKey,
          score: c.score === null ? null : r2(c.score),
          factor: r2(c.factor),
          countryShare: r2(c.countryShare),
          companyShare: r2(c.companyShare),
          countryContribution: r2(c.countryContribution),
          companyContribution: r2(c.companyContribution),
          difference: r2(c.difference),
          drivers: [...c.drivers],
        })),
        bandActions: (plan?.bandActions ?? []).map((a) => ({ id: a.id, text: a.text })),
        actions: (plan?.channels ?? []).map((c) => ({
          indicatorKey: c.indicatorKey,
          name: names[c.indicatorKey] ?? c.indicatorKey,
          score: r2(c.score),
          band: c.band,
          factor: r2(c.factor),
          priority: r2(c.priority),
          why: c.why,
          actions: c.actions.map((a) => ({ id: a.id, text: a.text })),
        })),
        freshness: (freshness?.indicators ?? []).map((f) => ({
          key: f.key,
          name: names[f.key] ?? f.key,
          state: f.state,
          daysSinceEvidence: f.daysSinceEvidence,
          inComposite: f.inComposite,
        })),
        uncertainty,
        series: {
          from: offset < 0 ? EXPOSURE_HISTORY_START : from,
          country: slice(series.country.values),
          company: slice(series.company.values),
        },
      };
    } catch (error) {
      throw asInputError(error);
    }
  }
}

import { AuditActor, EventEntity } from '@kem/api-data';
import { ImportProblem, ImportReport, ImportRowResult } from '@kem/contracts';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { eventRuleProblems } from '../events/event-rules';
import { familyProblems } from '../events/event-family';
import { EventsService } from '../events/events.service';
import { knownIndicators } from '../events/known-indicators';
import { columnOf, csvRowInput, RowInput } from './csv-row-input';
import { parseEventsCsv, rowInputs } from './events-csv';
import { importReport, refuseIfProblems } from './import-report';

const identity = (e: { indicatorKey: string; date: string; sourceUrl: string }) => `${e.indicatorKey}|${e.date}|${e.sourceUrl}`;

/**
 * Imports events from CSV, all or nothing: every row is checked first (format, rules, known ids,
 * duplicates within the file and against stored events); one problem anywhere and nothing is stored.
 * Rows with an id update that event; rows without one create events.
 */
@Injectable()
export class EventsImportService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async import(text: string, dryRun: boolean, actor: AuditActor): Promise<ImportReport> {
    const { inputs, problems } = rowInputs(parseEventsCsv(text), (row) => csvRowInput(row, this.clock));

    return this.dataSource.transaction(async (manager) => {
      const existing = await this.existingById(manager, inputs);
      problems.push(...(await this.contentProblems(manager, inputs, existing)));
      refuseIfProblems(problems);
      const rows: ImportRowResult[] = inputs.map((input) => ({
        line: input.line,
        action: input.id ? 'update' : 'create',
        event: input.id ? { ...input.event, id: input.id } : input.event,
      }));
      if (!dryRun) {
        const changes = inputs.flatMap(({ id, event }) => (id ? [{ event: existing.get(id) as EventEntity, patch: event }] : []));
        await this.events.changeChecked(manager, changes, actor);
        await this.events.insertChecked(
          manager,
          inputs.filter((input) => !input.id).map((input) => input.event),
          actor,
          'import',
        );
      }
      return importReport(dryRun, rows);
    });
  }

  private async existingById(manager: EntityManager, inputs: RowInput[]): Promise<Map<number, EventEntity>> {
    const ids = inputs.map((i) => i.id).filter((id): id is number => id !== null);
    if (ids.length === 0) return new Map();
    const found = await manager.find(EventEntity, { where: { id: In(ids) }, relations: { author: true } });
    return new Map(found.map((e) => [e.id, e]));
  }

  private async contentProblems(manager: EntityManager, inputs: RowInput[], existing: Map<number, EventEntity>): Promise<ImportProblem[]> {
    const problems: ImportProblem[] = [];
    const indicators = await knownIndicators(manager);
    const stored = await this.storedIdentities(manager, inputs);
    const families = await familyProblems(manager, inputs);
    const firstLineOf = new Map<string, number>();
    const lineOfId = new Map<number, number>();

    for (const [i, { line, id, event }] of inputs.entries()) {
      for (const p of eventRuleProblems(event, indicators))
        problems.push({ line, field: columnOf(p.field), message: p.message.replace(p.field, columnOf(p.field)) });
      const parent = families[i];
      if (parent) problems.push({ line, field: 'parent_id', message: `parent_id: ${parent}` });
      if (id !== null) {
        if (!existing.has(id)) problems.push({ line, field: 'id', message: `There is no event ${id} to update` });
        if (lineOfId.has(id)) problems.push({ line, field: 'id', message: `Event ${id} is already updated on line ${lineOfId.get(id)}` });
        lineOfId.set(id, line);
      }
      const key = identity(event);
      const earlier = firstLineOf.get(key);
      if (earlier !== undefined) {
        problems.push({ line, field: null, message: `Duplicate of line ${earlier} (same indicator, date and source URL)` });
      } else {
        firstLineOf.set(key, line);
        const twin = stored.get(key);
        if (twin !== undefined && twin !== id) {
          problems.push({
            line,
            field: null,
            message: `Duplicate of stored event ${twin} (same indicator, date and source URL); give its id to update it`,
          });
        }
      }
    }
    return problems;
  }

  /** Stored events sharing a source URL with a row, keyed by indicator|date|url. */
  private async storedIdentities(manager: EntityManager, inputs: RowInput[]): Promise<Map<string, number>> {
    const urls = [...new Set(inputs.map((i) => i.event.sourceUrl))];
    const identities = new Map<string, number>();
    for (let i = 0; i < urls.length; i += 500) {
      const rows = await manager.find(EventEntity, {
        select: { id: true, indicatorKey: true, date: true, sourceUrl: true },
        where: { sourceUrl: In(urls.slice(i, i + 500)) },
      });
      for (const row of rows) identities.set(identity(row), row.id);
    }
    return identities;
  }
}

import { AuditActor, AuditRecord, AuditTrail, EventEntity, insertRows } from '@kem/api-data';
import { InvalidInputError, NotFoundError, PermissionDeniedError } from '@kem/api-http';
import { EventInput, EventPatch, EventQuery, EventView, Page } from '@kem/contracts';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { parentProblem } from './event-family';
import { eventRuleProblems } from './event-rules';
import { whereTextContains } from './event-text-filter';
import { eventFields, toEventView } from './event-view';
import { knownIndicators } from './known-indicators';

export interface Reader {
  /** Analysts and admins also see draft and rejected events. */
  seesUnpublished: boolean;
}

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: EventQuery, reader: Reader): Promise<Page<EventView>> {
    if (query.status && query.status !== 'published' && !reader.seesUnpublished) {
      throw new PermissionDeniedError(`Only analysts and admins can list ${query.status} events`);
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const matching = this.dataSource.getRepository(EventEntity).createQueryBuilder('e');
    const status = query.status ?? (reader.seesUnpublished ? undefined : 'published');
    if (status) matching.andWhere('e.status = :status', { status });
    if (query.indicator) matching.andWhere('e.indicatorKey = :indicator', { indicator: query.indicator });
    // An ongoing event is in the range when any day of it overlaps the range.
    if (query.from) matching.andWhere('COALESCE(e.endDate, e.date) >= :from', { from: query.from });
    if (query.to) matching.andWhere('e.date <= :to', { to: query.to });
    if (query.q?.trim()) whereTextContains(matching, query.q.trim());
    // The page's ids first (from the list indexes alone, however deep the page), then those rows;
    // the count meanwhile, on another connection (both are index scans of their own).
    const direction = query.sort === 'asc' ? 'ASC' : 'DESC';
    const pageRows = async () => {
      const ids = (
        await matching
          .clone()
          .select('e.id', 'id')
          .orderBy('e.date', direction)
          .addOrderBy('e.id', direction)
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .getRawMany<{ id: number }>()
      ).map((row) => Number(row.id));
      const rows =
        ids.length === 0 ? [] : await this.dataSource.manager.find(EventEntity, { where: { id: In(ids) }, relations: { author: true } });
      return { ids, rows };
    };
    const [{ ids, rows }, counted] = await Promise.all([
      pageRows(),
      matching.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>(),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toEventView(row)] : [];
    });
    return { items, total: Number(counted?.n ?? 0), page, pageSize };
  }

  async get(id: number, reader: Reader): Promise<EventView> {
    const event = await this.find(this.dataSource.manager, id);
    if (event.status !== 'published' && !reader.seesUnpublished) throw new NotFoundError(`Event ${id} does not exist`);
    return toEventView(event);
  }

  async create(input: EventInput, actor: AuditActor): Promise<EventView> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.insert(manager, input, actor, 'analyst');
      return toEventView(event);
    });
  }

  async update(id: number, requested: EventPatch, actor: AuditActor): Promise<EventView> {
    const patch = Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined)) as EventPatch;
    if (Object.keys(patch).length === 0) throw new InvalidInputError('Send at least one field to change');
    return this.dataSource.transaction(async (manager) => {
      const event = await this.find(manager, id);
      return toEventView(await this.change(manager, event, patch, actor));
    });
  }

  async remove(id: number, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.find(manager, id);
      await this.audit.delete(manager, actor, EventEntity, { entityType: 'event', entityId: id, before: eventFields(event) });
    });
  }

  /** Validates and stores a new event with its audit entry, inside the caller's transaction. */
  async insert(manager: EntityManager, input: EventInput, actor: AuditActor | null, origin: EventEntity['origin']): Promise<EventEntity> {
    await this.assertRules(manager, input, null);
    const [id] = await this.insertChecked(manager, [input], actor, origin);
    return this.find(manager, id);
  }

  /**
   * Stores new events that already passed the rules (an import checks all its rows first), with
   * their audit entries, a chunk of rows per statement, inside the caller's transaction. Returns
   * their ids in order.
   */
  async insertChecked(
    manager: EntityManager,
    inputs: readonly EventInput[],
    actor: AuditActor | null,
    origin: EventEntity['origin'],
  ): Promise<number[]> {
    // the day we learned of them: point-in-time replay never sees them before
    const recordedAt = this.clock.today();
    const rows = inputs.map(
      (input): Omit<EventEntity, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> => ({
        indicatorKey: input.indicatorKey,
        date: input.date,
        datePrecision: input.datePrecision ?? 'day',
        endDate: input.endDate ?? null,
        title: input.title,
        summary: input.summary,
        severity: input.severity,
        stage: input.stage ?? null,
        sourceName: input.sourceName,
        sourceUrl: input.sourceUrl,
        confidence: input.confidence,
        status: input.status ?? 'published',
        origin,
        lifecycle: input.lifecycle ?? 'unknown',
        parentId: input.parentId ?? null,
        recordedAt,
        seedRef: null,
        authorId: actor?.id ?? null,
      }),
    );
    const ids = await insertRows(manager, EventEntity, rows);
    const entries = rows.map(
      (row, i): AuditRecord => ({ action: 'event.create', entityType: 'event', entityId: ids[i], after: eventFields(row) }),
    );
    await this.audit.recordMany(manager, actor, entries);
    return ids;
  }

  /** Applies a patch with its audit entry, inside the caller's transaction. */
  async change(manager: EntityManager, event: EventEntity, patch: EventPatch, actor: AuditActor): Promise<EventEntity> {
    await this.assertRules(manager, { ...eventFields(event), ...patch }, event.id);
    await this.changeChecked(manager, [{ event, patch }], actor);
    return this.find(manager, event.id);
  }

  /** Applies patches that already passed the rules, with their audit entries, inside the caller's transaction. */
  async changeChecked(
    manager: EntityManager,
    changes: readonly { event: EventEntity; patch: EventPatch }[],
    actor: AuditActor,
  ): Promise<void> {
    const entries: AuditRecord[] = [];
    for (const { event, patch } of changes) {
      const before = eventFields(event);
      await manager.update(EventEntity, { id: event.id }, patch);
      entries.push({ action: 'event.update', entityType: 'event', entityId: event.id, before, after: { ...before, ...patch } });
    }
    await this.audit.recordMany(manager, actor, entries);
  }

  async find(manager: EntityManager, id: number): Promise<EventEntity> {
    const event = await manager.findOne(EventEntity, { where: { id }, relations: { author: true } });
    if (!event) throw new NotFoundError(`Event ${id} does not exist`);
    return event;
  }

  private async assertRules(manager: EntityManager, input: EventInput, id: number | null): Promise<void> {
    const problems = eventRuleProblems(input, await knownIndicators(manager));
    const parent = await parentProblem(manager, input, id);
    if (parent) problems.push({ field: 'parentId', message: parent });
    if (problems.length > 0) throw new InvalidInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
}

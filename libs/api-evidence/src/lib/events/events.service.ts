import { AuditActor, AuditTrail, EventEntity } from '@kem/api-data';
import { InvalidInputError, NotFoundError, PermissionDeniedError, escapeLike } from '@kem/api-http';
import { EventInput, EventPatch, EventQuery, EventView, Page } from '@kem/contracts';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { eventRuleProblems } from './event-rules';
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
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.author', 'author')
      .orderBy('e.date', query.sort === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('e.id', query.sort === 'asc' ? 'ASC' : 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    const status = query.status ?? (reader.seesUnpublished ? undefined : 'published');
    if (status) qb.andWhere('e.status = :status', { status });
    if (query.indicator) qb.andWhere('e.indicatorKey = :indicator', { indicator: query.indicator });
    // An ongoing event is in the range when any day of it overlaps the range.
    if (query.from) qb.andWhere('COALESCE(e.endDate, e.date) >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.date <= :to', { to: query.to });
    if (query.q?.trim()) {
      qb.andWhere(
        "(LOWER(e.title) LIKE :q ESCAPE '\\' OR LOWER(e.summary) LIKE :q ESCAPE '\\' OR LOWER(e.sourceName) LIKE :q ESCAPE '\\')",
        { q: `%${escapeLike(query.q.trim().toLowerCase())}%` },
      );
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toEventView), total, page, pageSize };
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
      await manager.softDelete(EventEntity, { id });
      await this.audit.record(manager, actor, { action: 'event.delete', entityType: 'event', entityId: id, before: eventFields(event) });
    });
  }

  /** Validates and stores a new event with its audit entry, inside the caller's transaction. */
  async insert(manager: EntityManager, input: EventInput, actor: AuditActor | null, origin: EventEntity['origin']): Promise<EventEntity> {
    await this.assertRules(manager, input, null);
    const saved = await manager.save(
      manager.create(EventEntity, {
        ...input,
        datePrecision: input.datePrecision ?? 'day',
        endDate: input.endDate ?? null,
        stage: input.stage ?? null,
        status: input.status ?? 'published',
        lifecycle: input.lifecycle ?? 'unknown',
        parentId: input.parentId ?? null,
        // the day we learned of it: point-in-time replay never sees it before
        recordedAt: this.clock.today(),
        origin,
        seedRef: null,
        authorId: actor?.id ?? null,
      }),
    );
    await this.audit.record(manager, actor, { action: 'event.create', entityType: 'event', entityId: saved.id, after: eventFields(saved) });
    return this.find(manager, saved.id);
  }

  /** Applies a patch with its audit entry, inside the caller's transaction. */
  async change(manager: EntityManager, event: EventEntity, patch: EventPatch, actor: AuditActor): Promise<EventEntity> {
    const before = eventFields(event);
    const after = { ...before, ...patch };
    await this.assertRules(manager, after, event.id);
    await manager.update(EventEntity, { id: event.id }, patch);
    await this.audit.record(manager, actor, { action: 'event.update', entityType: 'event', entityId: event.id, before, after });
    return this.find(manager, event.id);
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

/**
 * Families are one level deep and per indicator: a parent must be a stored event of the same
 * indicator that is not itself a follow-up, and an event that has follow-ups cannot become one.
 */
export async function parentProblem(
  manager: EntityManager,
  input: Pick<EventInput, 'indicatorKey' | 'parentId'>,
  id: number | null,
): Promise<string | null> {
  const parentId = input.parentId ?? null;
  if (parentId === null) return null;
  if (parentId === id) return 'an event cannot follow up itself';
  const parent = await manager.findOne(EventEntity, { select: { id: true, indicatorKey: true, parentId: true }, where: { id: parentId } });
  if (!parent) return `there is no event ${parentId}`;
  if (parent.indicatorKey !== input.indicatorKey)
    return `event ${parentId} belongs to ${parent.indicatorKey}; a follow-up joins a family of its own indicator`;
  if (parent.parentId !== null)
    return `event ${parentId} is itself a follow-up of event ${parent.parentId}; link to ${parent.parentId} instead (families are one level deep)`;
  if (id !== null && (await manager.count(EventEntity, { where: { parentId: id } })) > 0)
    return `event ${id} has follow-ups of its own, so it cannot become a follow-up`;
  return null;
}

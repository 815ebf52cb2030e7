import { AuditActor, AuditTrail, ObservationEntity } from '@kem/api-data';
import { ConflictError, InvalidInputError, NotFoundError, pageWindow } from '@kem/api-http';
import { ObservationInput, ObservationPatch, ObservationQuery, ObservationView, Page } from '@kem/contracts';
import { CLOCK, Clock } from '@kem/api-config';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { knownIndicators } from '../events/known-indicators';
import { observationValueProblem } from './observation-values';
import { observationFields, toObservationView } from './observation-view';

@Injectable()
export class ObservationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: ObservationQuery): Promise<Page<ObservationView>> {
    const { page, pageSize, skip, take } = pageWindow(query, 200);
    const qb = this.dataSource
      .getRepository(ObservationEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.author', 'author')
      .orderBy('o.indicatorKey', 'ASC')
      .addOrderBy('o.series', 'ASC')
      .addOrderBy('o.date', 'ASC')
      .skip(skip)
      .take(take);
    if (query.indicator) qb.andWhere('o.indicatorKey = :indicator', { indicator: query.indicator });
    if (query.series) qb.andWhere('o.series = :series', { series: query.series });
    if (query.from) qb.andWhere('o.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('o.date <= :to', { to: query.to });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toObservationView), total, page, pageSize };
  }

  async get(id: number): Promise<ObservationView> {
    return toObservationView(await this.find(this.dataSource.manager, id));
  }

  async create(input: ObservationInput, actor: AuditActor): Promise<ObservationView> {
    return this.dataSource.transaction(async (manager) => toObservationView(await this.insert(manager, input, actor, 'analyst')));
  }

  /** Validates and stores a new observation with its audit entry, inside the caller's transaction; recordedAt is today. */
  async insert(
    manager: EntityManager,
    input: ObservationInput,
    actor: AuditActor,
    origin: 'analyst' | 'import',
  ): Promise<ObservationEntity> {
    {
      this.assertValue(input);
      await this.assertIndicator(manager, input.indicatorKey);
      await this.assertFree(manager, input);
      // A deleted observation still holds its (indicator, series, date) slot: bring it back instead.
      const deleted = await manager.findOne(ObservationEntity, {
        where: { indicatorKey: input.indicatorKey, series: input.series, date: input.date, deletedAt: Not(IsNull()) },
        withDeleted: true,
      });
      const values = {
        ...input,
        note: input.note ?? null,
        period: input.period ?? null,
        vintage: input.vintage ?? null,
        recordedAt: this.clock.today(),
        origin,
        authorId: actor.id,
      };
      let id: number;
      if (deleted) {
        await manager.update(ObservationEntity, { id: deleted.id }, { ...values, deletedAt: null });
        id = deleted.id;
      } else {
        id = (await manager.save(manager.create(ObservationEntity, values))).id;
      }
      const saved = await this.find(manager, id);
      await this.audit.record(manager, actor, {
        action: 'observation.create',
        entityType: 'observation',
        entityId: id,
        after: observationFields(saved),
      });
      return saved;
    }
  }

  async update(id: number, requested: ObservationPatch, actor: AuditActor): Promise<ObservationView> {
    const patch = Object.fromEntries(Object.entries(requested).filter(([, v]) => v !== undefined)) as ObservationPatch;
    if (Object.keys(patch).length === 0) throw new InvalidInputError('Send at least one field to change');
    return this.dataSource.transaction(async (manager) =>
      toObservationView(await this.change(manager, await this.find(manager, id), patch, actor)),
    );
  }

  /** Applies a patch with its audit entry, inside the caller's transaction. */
  async change(manager: EntityManager, current: ObservationEntity, patch: ObservationPatch, actor: AuditActor): Promise<ObservationEntity> {
    const id = current.id;
    const before = observationFields(current);
    const after = { ...before, ...patch };
    this.assertValue(after);
    await this.assertIndicator(manager, after.indicatorKey);
    await this.assertFree(manager, after, id);
    await manager.update(ObservationEntity, { id }, patch);
    await this.audit.record(manager, actor, { action: 'observation.update', entityType: 'observation', entityId: id, before, after });
    return this.find(manager, id);
  }

  async remove(id: number, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.find(manager, id);
      await this.audit.delete(manager, actor, ObservationEntity, {
        entityType: 'observation',
        entityId: id,
        before: observationFields(current),
      });
    });
  }

  async find(manager: EntityManager, id: number): Promise<ObservationEntity> {
    const found = await manager.findOne(ObservationEntity, { where: { id }, relations: { author: true } });
    if (!found) throw new NotFoundError(`Observation ${id} does not exist`);
    return found;
  }

  /** The value against its unit, on the merged record for a change (a new value keeps the stored unit). */
  private assertValue(o: { value: number; unit: string }): void {
    const problem = observationValueProblem(o.unit, o.value);
    if (problem) throw InvalidInputError.field('value', problem);
  }

  private async assertIndicator(manager: EntityManager, key: string): Promise<void> {
    const indicators = await knownIndicators(manager);
    if (!indicators.has(key))
      throw InvalidInputError.field('indicatorKey', `unknown indicator "${key}"; known: ${[...indicators.keys()].join(', ')}`);
  }

  private async assertFree(
    manager: EntityManager,
    o: { indicatorKey: string; series: string; date: string },
    exceptId?: number,
  ): Promise<void> {
    const clash = await manager.findOne(ObservationEntity, { where: { indicatorKey: o.indicatorKey, series: o.series, date: o.date } });
    if (clash && clash.id !== exceptId) {
      throw new ConflictError(`Observation ${clash.id} already holds ${o.series} on ${o.date}; change that one instead`, [
        { field: 'date', message: `already observed (observation ${clash.id})` },
      ]);
    }
  }
}

import {
  AuditActor,
  AuditTrail,
  IndexBuildEntity,
  IndicatorEntity,
  orOnUniqueViolation,
  WeightProfileEntity,
  WeightProfileVersionEntity,
} from '@kem/api-data';
import { ConflictError, InvalidInputError, NotFoundError } from '@kem/api-http';
import {
  CreateProfileRequest,
  ProfileBuildView,
  ProfileVersionView,
  ProfileView,
  SaveVersionRequest,
  UpdateProfileRequest,
  VersionDiffView,
} from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { METHOD_V2, weightProblems } from '@kem/scoring';
import { DataSource, EntityManager, In } from 'typeorm';
import { IndexBuilder } from '../build/index-builder.service';
import { toProfileView, toVersionView } from './profile-view';

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'profile';

/**
 * Weight profiles and their immutable versions. Saving weights adds a version; its index is built in
 * the background and served once complete, so the dashboard never shows a half-built history.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly builder: IndexBuilder,
  ) {}

  async list(includeArchived: boolean): Promise<ProfileView[]> {
    const profiles = await this.dataSource
      .getRepository(WeightProfileEntity)
      .find({ where: includeArchived ? {} : { archived: false }, order: { id: 'ASC' } });
    const ids = profiles.map((p) => p.activeVersionId).filter((id): id is number => id !== null);
    const versions = ids.length
      ? await this.dataSource.getRepository(WeightProfileVersionEntity).find({ where: { id: In(ids) }, relations: { author: true } })
      : [];
    return profiles.map((p) => toProfileView(p, versions.find((v) => v.id === p.activeVersionId) ?? null));
  }

  async create(request: CreateProfileRequest, actor: AuditActor): Promise<ProfileView> {
    const slug = request.slug ?? slugOf(request.name);
    const taken = () =>
      new ConflictError(`A profile with the address "${slug}" already exists`, [{ field: 'slug', message: 'already in use' }]);
    const created = await this.inTransaction(taken, async (manager) => {
      await this.assertWeights(manager, request.weights);
      if (await manager.existsBy(WeightProfileEntity, { slug })) throw taken();
      const profile = await manager.save(
        manager.create(WeightProfileEntity, {
          slug,
          name: request.name,
          description: request.description,
          archived: false,
          activeVersionId: null,
        }),
      );
      const version = await this.insertVersion(manager, profile.id, 1, request, request.peakChannel ?? METHOD_V2.peakChannel, actor);
      await this.audit.record(manager, actor, {
        action: 'profile.create',
        entityType: 'profile',
        entityId: profile.id,
        after: { slug, name: request.name, ...this.fields(version) },
      });
      return profile;
    });
    void this.builder.refresh();
    return toProfileView(created, null);
  }

  async update(id: number, patch: UpdateProfileRequest, actor: AuditActor): Promise<ProfileView> {
    if (Object.values(patch).every((v) => v === undefined)) throw new InvalidInputError('Send at least one field to change');
    const saved = await this.dataSource.transaction(async (manager) => {
      const profile = await this.find(manager, id);
      if (patch.archived && profile.slug === 'default')
        throw new ConflictError('The default profile cannot be archived', [{ field: 'archived', message: 'not for the default profile' }]);
      const before = { name: profile.name, description: profile.description, archived: profile.archived };
      const after = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      await manager.update(WeightProfileEntity, { id }, after);
      await this.audit.record(manager, actor, {
        action:
          patch.archived !== undefined && patch.archived !== before.archived
            ? patch.archived
              ? 'profile.archive'
              : 'profile.restore'
            : 'profile.update',
        entityType: 'profile',
        entityId: id,
        before,
        after,
      });
      return this.find(manager, id);
    });
    void this.builder.refresh();
    const active = saved.activeVersionId
      ? await this.dataSource
          .getRepository(WeightProfileVersionEntity)
          .findOne({ where: { id: saved.activeVersionId }, relations: { author: true } })
      : null;
    return toProfileView(saved, active);
  }

  async versions(id: number): Promise<ProfileVersionView[]> {
    await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource
      .getRepository(WeightProfileVersionEntity)
      .find({ where: { profileId: id }, order: { number: 'DESC' }, relations: { author: true } });
    return rows.map(toVersionView);
  }

  /**
   * Adds the next version. Two saves of one profile at once (two tabs, two instances) both read the
   * same latest number; the unique (profile, number) key lets the first in and the other gets 409,
   * to reload and decide — weights are never silently overwritten.
   */
  async saveVersion(id: number, request: SaveVersionRequest, actor: AuditActor, action = 'weights.save'): Promise<ProfileVersionView> {
    const concurrent = () =>
      new ConflictError(
        'Someone saved new weights for this profile at the same moment; reload the profile and save again if still needed',
        [{ field: 'weights', message: 'changed by someone else meanwhile' }],
      );
    const version = await this.inTransaction(concurrent, async (manager) => {
      const profile = await this.find(manager, id);
      if (profile.archived) throw new ConflictError(`Profile "${profile.name}" is archived; restore it before changing its weights`);
      await this.assertWeights(manager, request.weights);
      const latest = await manager.findOne(WeightProfileVersionEntity, { where: { profileId: id }, order: { number: 'DESC' } });
      const peakChannel = request.peakChannel ?? latest?.peakChannel ?? METHOD_V2.peakChannel;
      const saved = await this.insertVersion(manager, id, (latest?.number ?? 0) + 1, request, peakChannel, actor);
      await this.audit.record(manager, actor, {
        action,
        entityType: 'profile',
        entityId: id,
        before: latest ? this.fields(latest) : undefined,
        after: this.fields(saved),
      });
      return saved;
    });
    void this.builder.refresh();
    return toVersionView(version);
  }

  async revert(id: number, number: number, note: string, actor: AuditActor): Promise<ProfileVersionView> {
    const target = await this.dataSource.getRepository(WeightProfileVersionEntity).findOneBy({ profileId: id, number });
    if (!target) throw new NotFoundError(`Profile ${id} has no version ${number}`);
    return this.saveVersion(
      id,
      { weights: target.weights, method: target.method, peakChannel: target.peakChannel, note: `Revert to version ${number}: ${note}` },
      actor,
      'weights.revert',
    );
  }

  async diff(id: number, a: number, b: number): Promise<VersionDiffView> {
    const rows = await this.dataSource
      .getRepository(WeightProfileVersionEntity)
      .find({ where: { profileId: id, number: In([a, b]) }, relations: { author: true } });
    const from = rows.find((v) => v.number === a);
    const to = rows.find((v) => v.number === b);
    if (!from) throw InvalidInputError.field('from', `profile ${id} has no version ${a}`);
    if (!to) throw InvalidInputError.field('to', `profile ${id} has no version ${b}`);
    const keys = [...new Set([...Object.keys(from.weights), ...Object.keys(to.weights)])].sort();
    return {
      from: toVersionView(from),
      to: toVersionView(to),
      methodChanged: from.method !== to.method,
      peakChannelChanged: from.peakChannel !== to.peakChannel,
      weights: keys
        .map((k) => ({ indicatorKey: k, from: from.weights[k] ?? null, to: to.weights[k] ?? null }))
        .filter((w) => w.from !== w.to),
    };
  }

  /** Progress of the newest version's index, and whether it is served yet. */
  async build(id: number): Promise<ProfileBuildView> {
    const profile = await this.find(this.dataSource.manager, id);
    const latest = await this.dataSource
      .getRepository(WeightProfileVersionEntity)
      .findOneOrFail({ where: { profileId: id }, order: { number: 'DESC' } });
    const build = await this.dataSource.getRepository(IndexBuildEntity).findOneBy({ versionId: latest.id });
    return {
      versionId: latest.id,
      versionNumber: latest.number,
      status: build?.status ?? 'pending',
      progress: build?.progress ?? 0,
      error: build?.error ?? null,
      computedAt: build?.computedAt?.toISOString() ?? null,
      served: profile.activeVersionId === latest.id,
    };
  }

  private async insertVersion(
    manager: EntityManager,
    profileId: number,
    number: number,
    request: SaveVersionRequest,
    peakChannel: number,
    actor: AuditActor,
  ): Promise<WeightProfileVersionEntity> {
    const saved = await manager.save(
      manager.create(WeightProfileVersionEntity, {
        profileId,
        number,
        weights: request.weights,
        method: request.method,
        peakChannel,
        note: request.note.trim(),
        authorId: actor.id,
      }),
    );
    return manager.findOneOrFail(WeightProfileVersionEntity, { where: { id: saved.id }, relations: { author: true } });
  }

  /** A transaction whose unique violation (a concurrent request won) becomes the given 409. */
  private inTransaction<T>(conflict: () => ConflictError, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return orOnUniqueViolation(() => this.dataSource.transaction(work), conflict);
  }

  private fields(v: WeightProfileVersionEntity) {
    return { version: v.number, weights: v.weights, method: v.method, peakChannel: v.peakChannel, note: v.note };
  }

  private async assertWeights(manager: EntityManager, weights: unknown): Promise<void> {
    const keys = (await manager.find(IndicatorEntity, { select: { key: true } })).map((i) => i.key);
    const problems = weightProblems(weights, keys);
    if (problems.length > 0) throw new InvalidInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }

  private async find(manager: EntityManager, id: number): Promise<WeightProfileEntity> {
    const profile = await manager.findOneBy(WeightProfileEntity, { id });
    if (!profile) throw new NotFoundError(`Profile ${id} does not exist`);
    return profile;
  }
}

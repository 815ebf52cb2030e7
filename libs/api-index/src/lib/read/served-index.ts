import { IndexBuildEntity, IndexPointEntity, WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { DomainError, InvalidInputError } from '@kem/api-http';
import { API_ERROR_CODES, ProfileRef } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, LessThanOrEqual, MoreThanOrEqual, Between, FindOperator } from 'typeorm';

export class IndexNotReadyError extends DomainError {
  readonly status = 503;
  override readonly code = API_ERROR_CODES.indexComputing;
}

export interface ServedVersion {
  profile: ProfileRef;
  version: WeightProfileVersionEntity;
  build: IndexBuildEntity;
}

/** Reads the materialised index of the version a profile serves. */
@Injectable()
export class ServedIndex {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(slug = 'default'): Promise<ServedVersion> {
    const profile = await this.dataSource.getRepository(WeightProfileEntity).findOneBy({ slug, archived: false });
    if (!profile) {
      const known = (
        await this.dataSource.getRepository(WeightProfileEntity).find({ where: { archived: false }, order: { id: 'ASC' } })
      ).map((p) => p.slug);
      throw InvalidInputError.field('profile', `unknown profile "${slug}"; known: ${known.join(', ')}`);
    }
    const build = profile.activeVersionId
      ? await this.dataSource.getRepository(IndexBuildEntity).findOneBy({ versionId: profile.activeVersionId })
      : null;
    if (!profile.activeVersionId || !build?.computedAt) {
      throw new IndexNotReadyError(`The index of "${profile.name}" is being computed; try again in a few seconds`);
    }
    const version = await this.dataSource.getRepository(WeightProfileVersionEntity).findOneByOrFail({ id: profile.activeVersionId });
    return { profile: { slug: profile.slug, name: profile.name, version: version.number }, version, build };
  }

  async points(versionId: number, from?: string, to?: string): Promise<IndexPointEntity[]> {
    let date: FindOperator<string> | undefined;
    if (from && to) date = Between(from, to);
    else if (from) date = MoreThanOrEqual(from);
    else if (to) date = LessThanOrEqual(to);
    return this.dataSource
      .getRepository(IndexPointEntity)
      .find({ where: { versionId, ...(date ? { date } : {}) }, order: { date: 'ASC' } });
  }

  async latestPoint(versionId: number): Promise<IndexPointEntity | null> {
    return this.dataSource.getRepository(IndexPointEntity).findOne({ where: { versionId }, order: { date: 'DESC' } });
  }

  async pointOnOrBefore(versionId: number, date: string): Promise<IndexPointEntity | null> {
    return this.dataSource
      .getRepository(IndexPointEntity)
      .findOne({ where: { versionId, date: LessThanOrEqual(date) }, order: { date: 'DESC' } });
  }
}

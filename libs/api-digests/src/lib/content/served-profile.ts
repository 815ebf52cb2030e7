import { IndexBuildEntity, IndexPointEntity, WeightProfileEntity } from '@kem/api-data';
import { DataSource, MoreThanOrEqual } from 'typeorm';

/** The profile's index is not served yet (first build after a start or a weight change): try later. */
export class IndexNotServedError extends Error {
  readonly transient = true;
}

/** The profile is archived or gone: its digests cannot be made until the subscription changes profile. */
export class ProfileUnavailableError extends Error {
  readonly transient = false;
}

export interface ServedProfile {
  slug: string;
  name: string;
  versionId: number;
  /** Daily points of the served version, oldest first, over the last HISTORY_DAYS. */
  points: IndexPointEntity[];
  byDate: Map<string, IndexPointEntity>;
  latest: IndexPointEntity;
}

/** Days of history loaded per profile: the chart's year plus room for the changes. */
const HISTORY_DAYS = 400;
export const CHART_DAYS = 365;

export const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reads the materialised index a profile serves (its active version, once fully built), the way
 * the dashboard's index endpoints do: e-mails show the same numbers as the dashboard.
 */
export async function loadServedProfile(dataSource: DataSource, slug: string, today: string): Promise<ServedProfile> {
  const profile = await dataSource.getRepository(WeightProfileEntity).findOneBy({ slug });
  if (!profile || profile.archived)
    throw new ProfileUnavailableError(
      `Weight profile "${slug}" is archived or no longer exists; choose another profile for this subscription`,
    );
  const build = profile.activeVersionId
    ? await dataSource.getRepository(IndexBuildEntity).findOneBy({ versionId: profile.activeVersionId })
    : null;
  if (!profile.activeVersionId || !build?.computedAt) throw new IndexNotServedError(`The index of "${profile.name}" is being computed`);
  const points = await dataSource.getRepository(IndexPointEntity).find({
    where: { versionId: profile.activeVersionId, date: MoreThanOrEqual(shiftDay(today, -HISTORY_DAYS)) },
    order: { date: 'ASC' },
  });
  const latest = points.at(-1);
  if (!latest) throw new IndexNotServedError(`The index of "${profile.name}" has no recent data`);
  return { slug, name: profile.name, versionId: profile.activeVersionId, points, byDate: new Map(points.map((p) => [p.date, p])), latest };
}

/** Index points between the latest day and `days` before it; null when that day is not in the history. */
export function changeOver(profile: ServedProfile, days: number): number | null {
  const then = profile.byDate.get(shiftDay(profile.latest.date, -days));
  return then && then.value !== null && profile.latest.value !== null ? profile.latest.value - then.value : null;
}

import { IndexBuildEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { METHOD_V1, METHOD_V2 } from '@kem/scoring';
import type { DataSource } from 'typeorm';
import type { EvidenceSnapshot } from '../build/evidence-snapshot';
import type { ScoreStore } from '../build/score-store';
import { ANONYMOUS_AS_OF_PER_MINUTE, IndexFrames, TooBusyError } from './index-frames';
import type { ServedVersion } from './served-index';

const snapshot: EvidenceSnapshot = {
  definitions: { 1: [...METHOD_V1.indicators], 2: [...METHOD_V2.indicators] },
  evidence: { 1: { events: [], observations: [] }, 2: { events: [], observations: [], reviews: [], structural: [] } },
  touches: new Map(),
  names: {},
  structuralAsKnown: [],
};

const served = {
  profile: { slug: 'default', name: 'Default', version: 1 },
  version: {
    id: 1,
    weights: Object.fromEntries(METHOD_V2.indicators.map((d) => [d.key, d.defaultWeight])),
    method: 'arithmetic',
    peakChannel: 0.25,
  } as WeightProfileVersionEntity,
  build: { evidenceRevision: 'r1', lastDay: '2026-12-03' } as IndexBuildEntity,
} as ServedVersion;

describe('IndexFrames: point in time on demand, bounded', () => {
  const make = () => {
    const frames = new IndexFrames({} as DataSource, {} as ScoreStore);
    frames.evidence = async () => snapshot;
    return frames;
  };

  it('scores only up to asOf and caches the answer', async () => {
    const frames = make();
    const a = await frames.frame(served, 2, '2015-03-01', true);
    expect(a.scores.to).toBe('2015-03-01');
    expect(a.asOf).toBe('2015-03-01');
    expect(await frames.frame(served, 2, '2015-03-01', true)).toBe(a);
  });

  it(`lets anonymous callers start at most ${ANONYMOUS_AS_OF_PER_MINUTE} uncached computations a minute (429), signed-in callers more`, async () => {
    const frames = make();
    const day = (i: number) => `2014-02-${String(i + 1).padStart(2, '0')}`;
    for (let i = 0; i < ANONYMOUS_AS_OF_PER_MINUTE; i++) await frames.frame(served, 2, day(i), true);
    await expect(frames.frame(served, 2, day(ANONYMOUS_AS_OF_PER_MINUTE), true)).rejects.toBeInstanceOf(TooBusyError);
    // cached answers stay free, and a signed-in caller is not limited by the anonymous budget
    await expect(frames.frame(served, 2, day(0), true)).resolves.toBeDefined();
    await expect(frames.frame(served, 2, day(ANONYMOUS_AS_OF_PER_MINUTE), false)).resolves.toBeDefined();
  });

  it('refuses asOf for method 1, naming asOf', async () => {
    await expect(make().frame(served, 1, '2020-01-01')).rejects.toMatchObject({ errors: [{ field: 'asOf' }] });
  });
});

import { ManualClock } from '../../test-support/manual-clock';
import { computeBackoffMs, parseRetryAfterMs } from './backoff';
import { HostRateLimiter } from './host-rate-limiter';

describe('HostRateLimiter', () => {
  it('spaces requests to one host by the minimum interval, measured start to start', async () => {
    const clock = new ManualClock(0);
    const limiter = new HostRateLimiter(clock);
    const starts: number[] = [];

    for (let i = 0; i < 3; i++) {
      await limiter.acquire('api.gdeltproject.org', 5_000);
      starts.push(clock.now());
      await clock.sleep(1_200); // the request itself takes 1.2 s
    }

    expect(starts).toEqual([0, 5_000, 10_000]);
    expect(clock.sleeps).toEqual([1_200, 3_800, 1_200, 3_800, 1_200]);
  });

  it('serves concurrent callers one after another', async () => {
    const clock = new ManualClock(0);
    const limiter = new HostRateLimiter(clock);
    const starts: number[] = [];

    await Promise.all([1, 2, 3].map(() => limiter.acquire('a.example', 1_000).then(() => starts.push(clock.now()))));

    expect(starts).toEqual([0, 1_000, 2_000]);
  });

  it('keeps hosts independent', async () => {
    const clock = new ManualClock(0);
    const limiter = new HostRateLimiter(clock);

    await limiter.acquire('a.example', 5_000);
    await limiter.acquire('b.example', 5_000);

    expect(clock.sleeps).toEqual([]);
  });

  it('does not wait when the interval has already passed', async () => {
    const clock = new ManualClock(0);
    const limiter = new HostRateLimiter(clock);

    await limiter.acquire('a.example', 1_000);
    await clock.sleep(2_500);
    await limiter.acquire('a.example', 1_000);

    expect(clock.sleeps).toEqual([2_500]);
  });
});

describe('backoff', () => {
  it('doubles per attempt, caps, and jitters between half and all of the delay', () => {
    expect([1, 2, 3, 4].map((a) => computeBackoffMs(a, 1_000, 5_000, () => 0))).toEqual([500, 1_000, 2_000, 2_500]);
    expect([1, 2, 3, 4].map((a) => computeBackoffMs(a, 1_000, 5_000, () => 1))).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-05-10T12:00:00Z');
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs('Sun, 10 May 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Sun, 10 May 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeNull();
    expect(parseRetryAfterMs(null, now)).toBeNull();
  });
});

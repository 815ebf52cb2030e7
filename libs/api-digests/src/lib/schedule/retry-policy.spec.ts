import { afterFailure, MAX_ATTEMPTS } from './retry-policy';

describe('afterFailure', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const minutesLater = (attempts: number) => {
    const outcome = afterFailure(attempts, false, now);
    return outcome.nextAttemptAt ? (outcome.nextAttemptAt.getTime() - now.getTime()) / 60_000 : null;
  };

  it('backs off 1, 5, 15, 60, 240 minutes, then gives up', () => {
    expect([1, 2, 3, 4, 5].map(minutesLater)).toEqual([1, 5, 15, 60, 240]);
    expect(afterFailure(MAX_ATTEMPTS, false, now)).toEqual({ status: 'failed', nextAttemptAt: null });
  });

  it('gives up at once on a permanent rejection', () => {
    expect(afterFailure(1, true, now)).toEqual({ status: 'failed', nextAttemptAt: null });
  });
});

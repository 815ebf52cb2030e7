/** Waits after the 1st, 2nd … failed attempt: 1, 5, 15, 60 minutes, then 4 hours. */
export const RETRY_DELAYS_MS = [1, 5, 15, 60, 240].map((minutes) => minutes * 60_000);
/** Attempts before a delivery is marked failed (about 5½ hours of an unreachable SMTP server). */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export type FailureOutcome = { status: 'pending'; nextAttemptAt: Date } | { status: 'failed'; nextAttemptAt: null };

/**
 * What happens after attempt number `attempts` failed at `failedAt`: another try after the backoff
 * delay (counted from the failure), or, when the attempts are used up or the failure is permanent
 * (a 5xx SMTP reply), failed for good.
 */
export function afterFailure(attempts: number, permanent: boolean, failedAt: Date): FailureOutcome {
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: null };
  const delay = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
  return { status: 'pending', nextAttemptAt: new Date(failedAt.getTime() + delay) };
}

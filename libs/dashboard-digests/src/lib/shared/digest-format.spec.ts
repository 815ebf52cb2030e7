import { alertRulesText, instantText, runSummary, scheduleText } from './digest-format';
import { aDigestRun } from '../testing/digest-fixtures';

describe('digest formatting', () => {
  it('puts alert rules into words', () => {
    expect(alertRulesText({ bandChange: false, riseDay: null, riseWeek: null })).toBe('No alerts');
    expect(alertRulesText({ bandChange: true, riseDay: null, riseWeek: null })).toBe('Alerts on band changes');
    expect(alertRulesText({ bandChange: true, riseDay: 1, riseWeek: 7.5 })).toBe(
      'Alerts on band changes, a rise of 1 point or more in a day and a rise of 7.5 points or more in a week',
    );
  });

  it('describes the schedule and instants unambiguously', () => {
    expect(scheduleText({ cadence: 'weekly', sendTime: '08:00', timeZone: 'Asia/Almaty' })).toBe('Weekly (Mondays) at 08:00 Asia/Almaty');
    expect(instantText('2026-11-24T03:00:00.000Z')).toBe('2026-11-24 03:00 UTC');
    expect(instantText(null)).toBe('—');
  });

  it('summarises a run', () => {
    const run = aDigestRun({ queued: { digests: 3, alerts: 1 }, sent: 3, retrying: 1 });
    expect(runSummary(run)).toBe('Forced run: 3 digests and 1 alert queued; 4 attempted, 3 sent, 1 to retry, 0 failed, 0 cancelled.');
  });
});

import { periodLabel } from './period-label';
import { localTime, periodAt } from './periods';

describe('periodLabel', () => {
  it('words every kind of period key, so no internal key reaches a person', () => {
    expect(periodLabel('digest:2026-W50')).toBe('week 50 of 2026');
    expect(periodLabel('digest:2026-11-24')).toBe('Tuesday 24 November 2026');
    expect(periodLabel('digest:2026-11')).toBe('November 2026');
    expect(periodLabel('alert:band:2026-11-24')).toBe('band change on Tuesday 24 November 2026');
    expect(periodLabel('alert:rise-week:2026-11-24')).toBe('rise over 7 days on Tuesday 24 November 2026');
    expect(periodLabel('test:1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe('test send');
  });

  it('says what the digest of a period says', () => {
    const t = localTime(new Date('2026-12-07T03:00:00Z'), 'Asia/Almaty');
    for (const cadence of ['daily', 'weekly', 'monthly'] as const) {
      const period = periodAt(cadence, t, '08:00');
      expect(periodLabel(period.key)).toBe(period.label);
    }
  });
});

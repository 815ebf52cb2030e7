import { feedDateToDay } from './feed-dates';

describe('feedDateToDay', () => {
  it.each([
    ['Tue, 05 May 2026 09:12:00 +0000', '2026-05-05'],
    ['Sun, 03 May 2026 01:15:00 +0500', '2026-05-03'], // the publisher's day, not UTC's 2 May
    ['5 May 2026 23:59 GMT', '2026-05-05'],
    ['Thu, 07 May 26 05:25:00 EST', '2026-05-07'],
    ['2026-05-09T07:45:00+05:00', '2026-05-09'],
    ['2026-05-09T07:45:00.123Z', '2026-05-09'],
    ['2026-05-09', '2026-05-09'],
  ])('%s → %s', (raw, day) => {
    expect(feedDateToDay(raw)).toBe(day);
  });

  it.each([['Fri, 31 Feb 2026 10:00:00 +0000'], ['2026-05-09T25:00:00Z'], ['05 Мая 2026 10:00'], ['yesterday'], ['1'], ['']])(
    'rejects %j',
    (raw) => {
      expect(feedDateToDay(raw)).toBeNull();
    },
  );
});

import { isCalendarDay } from './calendar-day';

describe('isCalendarDay', () => {
  it.each(['2022-01-05', '2024-02-29', '2014-12-31'])('accepts %s', (day) => expect(isCalendarDay(day)).toBe(true));
  it.each(['2023-02-29', '2022-13-01', '2022-1-5', '05/01/2022', '2022-01-05T00:00:00Z', '', 20220105, null])('rejects %p', (day) =>
    expect(isCalendarDay(day)).toBe(false),
  );
});

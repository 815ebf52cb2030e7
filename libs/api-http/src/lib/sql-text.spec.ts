import { escapeLike, startOfNextDay } from './sql-text';

describe('sql text helpers', () => {
  it('escapes LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('50% of a_b\\c')).toBe('50\\% of a\\_b\\\\c');
  });

  it('ends a day at the next midnight UTC', () => {
    expect(startOfNextDay('2026-02-28').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

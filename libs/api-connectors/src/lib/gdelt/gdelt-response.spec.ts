import { SourceFormatError } from '../model/errors';
import { isGdeltThrottleAnswer, parseGdeltTimeline } from './gdelt-response';

const QUERY = { query: 'q', indicatorKey: 'internal_unrest', series: 'gdelt_news_volume' };
const WINDOW = { from: '2026-05-01', to: '2026-05-02' };
const answer = (body: string, contentType = 'application/json') => ({ url: 'https://gdelt.test/doc', status: 200, contentType, body });
const timeline = (data: unknown, details: object = { date_resolution: 'day' }) =>
  answer(JSON.stringify({ query_details: details, timeline: [{ series: 'Volume Intensity', data }] }));

describe('parseGdeltTimeline', () => {
  it('averages sub-daily points per day and drops points outside the window', () => {
    const result = parseGdeltTimeline(
      timeline(
        [
          { date: '20260430T230000Z', value: 9 },
          { date: '20260501T000000Z', value: 0.1 },
          { date: '20260501T120000Z', value: 0.3 },
          { date: '20260502T000000Z', value: 0.25 },
        ],
        { date_resolution: '15min' },
      ),
      QUERY,
      WINDOW,
    );

    // 2026-05-01: (0.1 + 0.3) / 2 = 0.2
    expect(result.observations.map((o) => [o.date, o.value])).toEqual([
      ['2026-05-01', 0.2],
      ['2026-05-02', 0.25],
    ]);
    expect(result.warnings).toEqual(['sub-daily points averaged per day']);
  });

  it.each([
    ['a value that is not a number', [{ date: '20260501T000000Z', value: 'abc' }], /value "abc"/],
    ['a negative value', [{ date: '20260501T000000Z', value: -1 }], /value -1/],
    ['an impossible date', [{ date: '20260231T000000Z', value: 1 }], /date "20260231T000000Z"/],
    ['a point that is not an object', [7], /is not an object/],
  ])('rejects the whole answer for %s', (_label, data, reason) => {
    expect(() => parseGdeltTimeline(timeline(data), QUERY, WINDOW)).toThrow(reason);
  });

  it('rejects JSON without a timeline, and a resolution coarser than a day', () => {
    expect(() => parseGdeltTimeline(answer('{}'), QUERY, WINDOW)).toThrow(SourceFormatError);
    expect(() => parseGdeltTimeline(timeline([], { date_resolution: 'month' }), QUERY, WINDOW)).toThrow(/coarser than a day/);
  });

  it('recognises throttling answers, but not JSON, HTML or errors', () => {
    expect(isGdeltThrottleAnswer(answer('Please limit requests to one every 5 seconds', 'text/html'))).toBe(true);
    expect(isGdeltThrottleAnswer(answer('Some other plain notice', 'text/plain; charset=utf-8'))).toBe(true);
    expect(isGdeltThrottleAnswer(answer('The specified phrase is too short.', 'text/html'))).toBe(false);
    expect(isGdeltThrottleAnswer(answer('{"timeline":[]}', 'text/plain'))).toBe(false);
    expect(isGdeltThrottleAnswer({ ...answer('Please limit requests', 'text/plain'), status: 404 })).toBe(false);
  });
});

import { addDays } from '@kem/scoring';
import { CHART_WIDTH, drawIndexChart, LabelBox } from './index-chart';

/** A year of daily points ending on `last`, as a digest on that day charts it. */
const year = (last: string, days = 366) =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(last, i - days + 1), value: 30 + 20 * Math.sin(i / 40) }));

/** Labels that overlap the next one or stick out of the image, measured where chart.js drew them. */
function clashes(labels: LabelBox[]): string[] {
  const out = labels.filter((l) => l.left < 0 || l.right > CHART_WIDTH).map((l) => `${l.text} outside the image`);
  for (let n = 1; n < labels.length; n++)
    if (labels[n].left <= labels[n - 1].right) out.push(`${labels[n - 1].text} overlaps ${labels[n].text}`);
  return out;
}

describe('the e-mail chart', () => {
  it('labels the x-axis by month without overlap over a year that crosses New Year (Dec 2025 / Jan 2026)', () => {
    const { png, xLabels } = drawIndexChart(year('2026-12-05'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(clashes(xLabels)).toEqual([]);
    // at least every other month named, the year where it starts
    expect(xLabels.length).toBeGreaterThanOrEqual(6);
    expect(xLabels.map((l) => l.text)).toContain('Jan 2026');
  });

  it('keeps labels apart on short histories and at the first day of a month', () => {
    for (const [last, days] of [
      ['2026-01-31', 60],
      ['2026-01-01', 366],
      ['2025-12-05', 366],
      ['2026-03-01', 120],
    ] as const) {
      const { xLabels } = drawIndexChart(year(last, days));
      expect(xLabels.length).toBeGreaterThanOrEqual(2);
      expect(clashes(xLabels)).toEqual([]);
    }
  });
});

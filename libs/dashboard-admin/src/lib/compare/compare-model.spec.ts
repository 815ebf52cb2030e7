import { aProfile, aWeeklySeries, PROFILES } from '../../testing/admin-fixtures';
import { chosenProfiles, compareLines, compareRows, periodStart } from './compare-model';

const series = (slug: string, name: string, values: number[]) => aWeeklySeries(slug, name, values, 2);

describe('compare model', () => {
  const available = [...PROFILES, aProfile({ id: 3, slug: 'finance' }), aProfile({ id: 4, slug: 'old', archived: true })];

  it('takes the profiles from the address: known, active, once each, at most five; the first two by default', () => {
    expect(chosenProfiles(undefined, available)).toEqual(['default', 'energy-exporter']);
    expect(chosenProfiles('finance,old,nope,finance,default', available)).toEqual(['finance', 'default']);
    expect(chosenProfiles('', available)).toEqual([]);
  });

  it('starts a period the given number of years before today', () => {
    expect(periodStart('all', '2026-11-24')).toBeUndefined();
    expect(periodStart('2y', '2026-11-24')).toBe('2024-11-24');
    expect(periodStart('1y', '2028-02-29')).toBe('2027-02-28');
  });

  it('makes one coloured line per profile and a summary row with latest value, band and high', () => {
    const data = [series('default', 'Default', [10, 45, 30]), series('ngo-media', 'NGO & media', [70, 65, 61])];
    const lines = compareLines(data);
    expect(lines.map((l) => l.label)).toEqual(['Default (v2)', 'NGO & media (v2)']);
    expect(lines[0].color).not.toBe(lines[1].color);
    expect(lines[0].points[1]).toEqual({ x: Date.UTC(2024, 0, 14), y: 45 });
    const rows = compareRows(data);
    expect(rows[0]).toMatchObject({ latest: 30, latestDate: '2024-01-21', band: 'Guarded', high: 45, highDate: '2024-01-14' });
    expect(rows[1]).toMatchObject({ latest: 61, band: 'High', high: 70 });
  });
});

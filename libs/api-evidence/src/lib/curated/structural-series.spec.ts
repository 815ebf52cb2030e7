import {
  CIVIL_LIBERTIES_BASELINE,
  CPC_BASELINE,
  CSTO_BASELINE,
  DEFAULT_INDICATORS,
  FOREIGN_AGENT_BASELINE,
  INFRASTRUCTURE_BASELINE,
  RHETORIC_BASELINE,
  TRADE_BASELINE,
  UNREST_BASELINE,
} from '@kem/scoring';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CURATED_OBSERVATIONS } from './curated-history';
import {
  loadStructuralObservations,
  parseStructuralCsv,
  publicationDayOf,
  STRUCTURAL_SERIES,
  StructuralCsvError,
} from './structural-series';

/** The structural series as seeded: every CSV row, under a known indicator, with period, vintage and notes. */
describe('structural series (kz-structural.csv)', () => {
  const csv = readFileSync(join(__dirname, 'structural', 'kz-structural.csv'), 'utf8');
  const rows = loadStructuralObservations();
  const indicatorKeys = new Set(DEFAULT_INDICATORS.map((i) => i.key));

  it('turns every data line into one observation under a default indicator', () => {
    expect(rows).toHaveLength(csv.trim().split('\n').length - 1);
    expect(rows.filter((r) => !indicatorKeys.has(r.indicatorKey))).toEqual([]);
    for (const info of Object.values(STRUCTURAL_SERIES)) expect(indicatorKeys.has(info.indicator)).toBe(true);
  });

  it('dates each value at the end of its period and keeps the period as written', () => {
    const fh = rows.find((r) => r.series === 'fh_civil_liberties' && r.period === '2024');
    expect(fh).toMatchObject({ date: '2024-12-31', indicatorKey: 'civil_liberties', confidence: 'high' });
    expect(rows.find((r) => r.series === 'russia_share_of_imports' && r.period === '2025-06')).toMatchObject({
      date: '2025-06-30',
      value: 29,
    });
    expect(rows.find((r) => r.series === 'russia_share_of_imports' && r.period === '2018-11')?.date).toBe('2018-11-30');
    for (const r of rows) expect(r.date.startsWith(r.period.slice(0, 4))).toBe(true);
  });

  it('keeps one value per indicator, series and day, and none clashes with curated-observations.json', () => {
    const slots = rows.map((r) => `${r.indicatorKey}|${r.series}|${r.date}`);
    expect(new Set(slots).size).toBe(slots.length);
    const curated = new Set(CURATED_OBSERVATIONS.map((o) => `${o.indicator}|${o.series}|${o.date}`));
    expect(slots.filter((s) => curated.has(s))).toEqual([]);
  });

  it('marks LOW-confidence rows low and derived rows medium, and keeps every note', () => {
    expect(rows.filter((r) => r.confidence === 'low').map((r) => `${r.series} ${r.period}`)).toEqual(['russia_share_of_imports 2024']);
    expect(rows.filter((r) => r.confidence === 'medium').map((r) => r.series)).toEqual([
      'cpc_share_of_crude_exports',
      'cpc_share_of_crude_exports',
    ]);
    const wgi = rows.find((r) => r.series === 'wgi_va_estimate');
    expect(wgi?.note).toMatch(/voice and accountability/);
  });

  it('fits the database columns and cites an http(s) source on every row', () => {
    for (const r of rows) {
      expect(r.unit.length).toBeGreaterThan(0);
      expect(r.unit.length).toBeLessThanOrEqual(60);
      expect(r.sourceName.length).toBeLessThanOrEqual(200);
      expect(r.sourceUrl).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(Number.isFinite(r.value)).toBe(true);
    }
    // A unit too long for the column keeps its head; the whole text moves into the note.
    const derived = rows.find((r) => r.series === 'cpc_share_of_crude_exports' && r.period === '2022');
    expect(derived?.unit).toBe("% of Kazakhstan's crude exports");
    expect(derived?.note).toContain('derived: 52.2 Mt via CPC / 64.3 Mt exported');
  });

  it('gives a vintage only where the cited page is dated', () => {
    expect(rows.find((r) => r.series === 'cpc_total_throughput' && r.period === '2025')?.vintage).toBe('2026-02-26');
    expect(rows.find((r) => r.series === 'fh_total' && r.period === '2020')?.vintage).toBeNull();
    expect(publicationDayOf('https://ru.sputnik.kz/amp/20240104/rekord-41370286.html')).toBe('2024-01-04');
    expect(publicationDayOf('https://eu.news-pravda.com/world/2025/11/14/131505.html')).toBe('2025-11-14');
    expect(publicationDayOf('https://astanatimes.com/2024/02/news-digest/')).toBeNull();
    expect(publicationDayOf('https://interfax.com/newsroom/top-stories/110917/')).toBeNull();
    for (const r of rows) if (r.vintage !== null) expect(r.vintage >= r.date.slice(0, 4)).toBe(true);
  });

  it('stores every series a default baseline reads, under the mapping the README documents', () => {
    const specs = [
      CPC_BASELINE,
      TRADE_BASELINE,
      CSTO_BASELINE,
      FOREIGN_AGENT_BASELINE,
      CIVIL_LIBERTIES_BASELINE,
      RHETORIC_BASELINE,
      INFRASTRUCTURE_BASELINE,
      UNREST_BASELINE,
    ];
    const used = new Set(specs.flatMap((s) => s.components.map((c) => c.series)));
    for (const series of used) {
      expect(STRUCTURAL_SERIES[series]?.role).toBe('baseline');
      expect(rows.some((r) => r.series === series)).toBe(true);
    }
    const baselineSeries = Object.entries(STRUCTURAL_SERIES)
      .filter(([, i]) => i.role === 'baseline')
      .map(([s]) => s);
    expect(new Set(baselineSeries)).toEqual(used);
  });

  it('rejects a bad file as a whole, naming each line', () => {
    const header = 'series,period,value,unit,source_name,source_url,notes';
    const good = 'fh_total,2020,23,score,FH,https://freedomhouse.org/x,';
    expect(parseStructuralCsv(`${header}\n${good}\n`)).toHaveLength(1);
    const bad = `${header}\n${good}\nweather,2020,1,x,y,https://a.org/,\nfh_total,2020-13,1,x,y,https://a.org/,\nfh_total,2021,n/a,x,y,https://a.org/,\n`;
    expect(() => parseStructuralCsv(bad)).toThrow(StructuralCsvError);
    expect(() => parseStructuralCsv(bad)).toThrow(/line 3: series "weather".*line 4: period "2020-13".*line 5: value "n\/a"/);
    expect(() => parseStructuralCsv('series,period,value\nfh_total,2020,1\n')).toThrow(/missing column/);
  });
});

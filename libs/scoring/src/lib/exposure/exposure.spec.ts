import { DEFAULT_ACTION_CATALOGUE } from '../bands/recommend-actions';
import { defaultWeights } from '../composite/weights';
import { METHOD_V2 } from '../defaults/methods';
import type { EvidenceEvent } from '../model/evidence';
import { prepareEvidenceV2 } from '../v2/prepare-v2';
import { scorePreparedV2 } from '../v2/score-v2';
import { rankCompanyActions } from './company-actions';
import { companyIndexSeries, explainExposureDifference } from './company-index';
import { DEFAULT_EXPOSURE_RULE, exposureFactors, footprintMeasures } from './exposure-rule';
import { EMPTY_FOOTPRINT, validateFootprint, type Footprint } from './footprint';

const definitions = METHOD_V2.indicators;
const keys = definitions.map((d) => d.key);
const weights = defaultWeights(definitions);
const names = Object.fromEntries(definitions.map((d) => [d.key, d.name]));
const event = (id: number, indicatorKey: string, date: string, severity: number, endDate: string | null = null): EvidenceEvent => ({
  id,
  indicatorKey,
  date,
  endDate,
  severity,
  status: endDate ? 'ended' : 'ongoing',
});
const evidence = {
  events: [event(1, 'cpc_pipeline', '2025-11-29', 5), event(2, 'civil_liberties', '2025-06-01', 2, '2025-06-02')],
  observations: [],
  reviews: keys.map((k) => ({ indicatorKey: k, date: '2025-12-01' })),
};
const history = scorePreparedV2(prepareEvidenceV2(definitions, evidence), { from: '2025-01-01', to: '2025-12-31' });

/** An oil exporter shipping 80 % through CPC with a field in Atyrau. */
const exporter: Footprint = {
  ...EMPTY_FOOTPRINT,
  revenueShareKz: 40,
  exportRouteShare: 80,
  staffInKz: 300,
  sitesInKz: 2,
  siteRegions: ['atyrau'],
};

describe('exposure rule', () => {
  it('maps answers to measures by the published formulas', () => {
    const m = footprintMeasures({ ...exporter, staffInKz: 999, foreignFundedPartners: 10 });
    expect(m.exportRoute).toBe(0.8);
    expect(m.staff).toBeCloseTo(1, 10); // log10(1000)/3
    expect(m.partners).toBe(1); // capped
    expect(m.oilSites).toBe(1);
    expect(m.borderSites).toBe(1); // Atyrau borders Russia
    expect(m.citySites).toBe(0);
  });

  it('gives every channel the floor for an empty footprint, and adds points · m per row', () => {
    expect(exposureFactors(EMPTY_FOOTPRINT, keys).map((f) => f.factor)).toEqual(keys.map(() => DEFAULT_EXPOSURE_RULE.floor));
    const cpc = exposureFactors(exporter, keys).find((f) => f.indicatorKey === 'cpc_pipeline')!;
    // 0.25 + 2.5·0.8 (exports) + 0.5·1 (oil region) = 2.75
    expect(cpc.factor).toBeCloseTo(2.75, 10);
    expect(cpc.terms[0].answer).toBe('80 % of exports through CPC or Russian routes');
  });

  it('caps a factor and gives an unlisted indicator the mean factor', () => {
    const heavy = { ...exporter, exportRouteShare: 100, russianInputShare: 100, paymentsViaRussia: true };
    const trade = exposureFactors(heavy, keys).find((f) => f.indicatorKey === 'trade_russia')!;
    expect(trade.factor).toBe(DEFAULT_EXPOSURE_RULE.maxFactor);
    expect(trade.capped).toBe(true);
    const withExtra = exposureFactors(exporter, [...keys, 'water_stress']);
    const mean = withExtra.slice(0, keys.length).reduce((s, f) => s + f.factor, 0) / keys.length;
    expect(withExtra.at(-1)).toMatchObject({ indicatorKey: 'water_stress', listed: false, factor: mean });
  });

  it('refuses out-of-bounds answers naming the field', () => {
    expect(() => validateFootprint({ ...exporter, exportRouteShare: 120 })).toThrow(/exportRouteShare/);
    expect(() => validateFootprint({ ...exporter, staffInKz: 1.5 })).toThrow(/staffInKz/);
    expect(() => validateFootprint({ ...exporter, siteRegions: ['moscow'] })).toThrow(/siteRegions\[0\]/);
  });
});

describe('company index', () => {
  it('equals the country index for an empty footprint (uniform factors)', () => {
    const s = companyIndexSeries(history, weights, EMPTY_FOOTPRINT, { peakChannel: 0.25 });
    const rounded = (v: Float64Array) => Array.from(v, (x) => Math.round(x * 1e9) / 1e9);
    expect(rounded(s.company.values)).toEqual(rounded(s.country.values));
    expect(s.country.values[s.country.days - 1]).toBeGreaterThan(0);
    const d = explainExposureDifference(s, '2025-12-10', names);
    expect(d.topChannels).toEqual([]);
    expect(d.reason).toMatch(/equals the country index/);
  });

  it('sits above the country index for a CPC exporter during an outage, with CPC as the stated reason', () => {
    const s = companyIndexSeries(history, weights, exporter, { peakChannel: 0.25 });
    const d = explainExposureDifference(s, '2025-12-10', names);
    expect(d.companyValue).toBeGreaterThan(d.countryValue + 5);
    expect(d.topChannels[0]).toBe('cpc_pipeline');
    // exact decomposition
    expect(d.channels.reduce((sum, c) => sum + c.difference, 0)).toBeCloseTo(d.difference, 9);
    expect(d.reason).toMatch(
      /^Your index is [\d.]+ points above the country index .* mainly because CPC pipeline disruptions, score [\d.]+ carries \d+ % of your index against \d+ % of the country's — 80 % of exports through CPC or Russian routes/,
    );
  });

  it('ranks actions by exposure · score and lowers the threshold of a highly exposed channel', () => {
    const s = companyIndexSeries(history, weights, exporter, { peakChannel: 0.25 });
    const t = s.company.days - 20;
    const scores = Object.fromEntries(s.company.keys.map((k, i) => [k, s.company.scores[i][t]]));
    const cpcHighRule = DEFAULT_ACTION_CATALOGUE.indicatorRules.find((r) => r.indicatorKey === 'cpc_pipeline' && r.minBand === 'high')!;
    const elevatedCpc = { ...scores, cpc_pipeline: 50 };
    const plan = rankCompanyActions(s.company.values[t], elevatedCpc, s.factors, names)!;
    expect(plan.channels[0].indicatorKey).toBe('cpc_pipeline');
    expect(plan.channels[0].thresholdShift).toBe(-1);
    expect(plan.channels[0].actions.map((a) => a.id)).toEqual(cpcHighRule.actions.map((a) => a.id));
    const countryPlan = rankCompanyActions(
      s.company.values[t],
      elevatedCpc,
      exposureFactors(EMPTY_FOOTPRINT, keys).map((f) => ({ ...f, factor: 1 })),
      names,
    )!;
    expect(countryPlan.channels.find((c) => c.indicatorKey === 'cpc_pipeline')).toBeUndefined();
  });
});

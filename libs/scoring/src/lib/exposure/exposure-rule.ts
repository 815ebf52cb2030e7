import { ScoringParameterError } from '../errors';
import { footprintRegionGroups, type Footprint } from './footprint';

/**
 * The published exposure rule: how a company footprint becomes one exposure factor per channel
 * (indicator). Plain data, shown to users as a table, so every factor can be recomputed by hand:
 *
 *   m_j        each footprint answer j as a measure in [0, 1] (MEASURES: the formula of each)
 *   e_i        = min(maxFactor, floor + Σ_j points_ij · m_j)        (rows of the table: points_ij)
 *   w'_i       = w_i · e_i                                           (the country weight times the factor)
 *
 * The company index is the country index's formula with the weights w' — the same indicator scores,
 * attribution, bands, freshness and uncertainty. With every factor equal (an empty footprint: all at
 * the floor) the company index equals the country index; a channel with a factor above the others
 * counts for more of the company's index than of the country's.
 */
export type MeasureKey =
  | 'revenue'
  | 'exportRoute'
  | 'russianInputs'
  | 'staff'
  | 'sites'
  | 'borderSites'
  | 'citySites'
  | 'oilSites'
  | 'partners'
  | 'payments'
  | 'data'
  | 'telecom';

export interface ExposureMeasure {
  readonly key: MeasureKey;
  readonly label: string;
  /** How the answer becomes m in [0, 1], in words and symbols. */
  readonly formula: string;
}

export interface ExposureRuleRow {
  readonly measure: MeasureKey;
  readonly indicatorKey: string;
  /** Factor points added at m = 1. */
  readonly points: number;
  /** Why this answer raises this channel (shown in the table). */
  readonly rationale: string;
}

export interface ExposureRule {
  readonly version: number;
  /** Factor of every channel before any answer: some of every channel reaches anyone present in Kazakhstan. */
  readonly floor: number;
  readonly maxFactor: number;
  /** Factor of an indicator the table does not name (one an admin added): the footprint's mean factor. */
  readonly unlistedIndicators: 'mean_factor';
  readonly measures: readonly ExposureMeasure[];
  readonly rows: readonly ExposureRuleRow[];
}

export const EXPOSURE_MEASURES: readonly ExposureMeasure[] = [
  { key: 'revenue', label: 'Revenue earned in Kazakhstan', formula: 'm = revenue share / 100' },
  { key: 'exportRoute', label: 'Exports through CPC or Russian routes', formula: 'm = export share via CPC/Russia / 100' },
  { key: 'russianInputs', label: 'Suppliers and inputs from Russia', formula: 'm = input share from Russia / 100' },
  { key: 'staff', label: 'Staff in Kazakhstan', formula: 'm = min(1, log10(1 + staff) / 3)  (1,000 staff or more = 1)' },
  { key: 'sites', label: 'Sites in Kazakhstan', formula: 'm = min(1, sites / 10)' },
  { key: 'borderSites', label: 'Sites in regions on the Russian border', formula: 'm = 1 if any site is in a border region, else 0' },
  { key: 'citySites', label: 'Sites in Almaty or Astana', formula: 'm = 1 if any site is in Almaty or Astana, else 0' },
  {
    key: 'oilSites',
    label: 'Sites in the western oil regions',
    formula: 'm = 1 if any site is in Atyrau, Mangystau or West Kazakhstan, else 0',
  },
  { key: 'partners', label: 'Foreign-funded local partners or NGOs', formula: 'm = min(1, partners / 5)' },
  { key: 'payments', label: 'Payments routed through Russia', formula: 'm = 1 if yes, else 0' },
  { key: 'data', label: 'Data hosted in or routed through Russia', formula: 'm = 1 if yes, else 0' },
  { key: 'telecom', label: 'Telecom or internet transit through Russia', formula: 'm = 1 if yes, else 0' },
];

/** Version 1 of the rule. Points are argued, not fitted: each row says why. */
export const DEFAULT_EXPOSURE_RULE: ExposureRule = {
  version: 1,
  floor: 0.25,
  maxFactor: 3,
  unlistedIndicators: 'mean_factor',
  measures: EXPOSURE_MEASURES,
  rows: [
    {
      measure: 'revenue',
      indicatorKey: 'internal_unrest',
      points: 0.75,
      rationale: 'Unrest and states of emergency stop sales where the revenue is earned (January 2022).',
    },
    {
      measure: 'revenue',
      indicatorKey: 'sovereignty_rhetoric',
      points: 0.5,
      rationale: 'Pressure on Kazakh statehood threatens the market itself, not one site.',
    },
    {
      measure: 'revenue',
      indicatorKey: 'civil_liberties',
      points: 0.25,
      rationale: 'Crackdowns change marketing, media and HR rules for anyone selling locally.',
    },
    {
      measure: 'revenue',
      indicatorKey: 'trade_russia',
      points: 0.25,
      rationale: 'Prices and demand in Kazakhstan follow Russian trade policy and sanctions.',
    },
    {
      measure: 'exportRoute',
      indicatorKey: 'cpc_pipeline',
      points: 2.5,
      rationale: 'CPC carries about 80 % of Kazakh crude through Russia to Novorossiysk; a stoppage stops these exports.',
    },
    {
      measure: 'exportRoute',
      indicatorKey: 'trade_russia',
      points: 0.5,
      rationale: 'Russian routes expose shipments to Russian border, transit and sanctions decisions.',
    },
    {
      measure: 'exportRoute',
      indicatorKey: 'infrastructure',
      points: 0.25,
      rationale: 'Pumping stations and rail on the route depend on Russian power and rolling stock.',
    },
    {
      measure: 'russianInputs',
      indicatorKey: 'trade_russia',
      points: 2,
      rationale: 'Russian-origin inputs are exposed to bans, border closures and secondary sanctions.',
    },
    {
      measure: 'russianInputs',
      indicatorKey: 'infrastructure',
      points: 0.5,
      rationale: 'Inputs moving by Russian rail and power are cut with them.',
    },
    {
      measure: 'staff',
      indicatorKey: 'internal_unrest',
      points: 1,
      rationale: 'Staff on the ground face curfews, violence and shutdowns during unrest.',
    },
    {
      measure: 'staff',
      indicatorKey: 'csto_military',
      points: 0.75,
      rationale: 'A foreign military deployment is first of all a duty-of-care question for staff.',
    },
    {
      measure: 'staff',
      indicatorKey: 'civil_liberties',
      points: 0.5,
      rationale: 'Detentions, speech cases and internet shutdowns reach employees directly.',
    },
    { measure: 'sites', indicatorKey: 'internal_unrest', points: 0.5, rationale: 'More sites, more places where protests can stop work.' },
    {
      measure: 'sites',
      indicatorKey: 'csto_military',
      points: 0.5,
      rationale: 'Sites near airfields and transport hubs are where troops move.',
    },
    {
      measure: 'sites',
      indicatorKey: 'infrastructure',
      points: 0.5,
      rationale: 'Sites draw on the grid, gas and internet that depend on Russia.',
    },
    {
      measure: 'borderSites',
      indicatorKey: 'csto_military',
      points: 0.75,
      rationale: 'The 7,600 km Russian border is where a military threat would be felt first.',
    },
    {
      measure: 'borderSites',
      indicatorKey: 'sovereignty_rhetoric',
      points: 0.75,
      rationale: 'Rhetoric about "protecting Russian speakers" targets the northern regions.',
    },
    {
      measure: 'citySites',
      indicatorKey: 'internal_unrest',
      points: 0.5,
      rationale: 'Almaty saw the worst of January 2022; protests and shutdowns concentrate in the cities.',
    },
    {
      measure: 'citySites',
      indicatorKey: 'civil_liberties',
      points: 0.25,
      rationale: 'Arrests of activists and journalists concentrate in Almaty and Astana.',
    },
    {
      measure: 'oilSites',
      indicatorKey: 'cpc_pipeline',
      points: 0.5,
      rationale: 'Output from the western fields has no outlet when CPC stops.',
    },
    {
      measure: 'oilSites',
      indicatorKey: 'internal_unrest',
      points: 0.25,
      rationale: 'Zhanaozen (2011, January 2022) shows labour unrest starts in the oil regions.',
    },
    {
      measure: 'partners',
      indicatorKey: 'foreign_agent',
      points: 2.5,
      rationale: 'A "foreign agent" law would label and restrict exactly these partners.',
    },
    {
      measure: 'partners',
      indicatorKey: 'civil_liberties',
      points: 0.75,
      rationale: 'Foreign-funded NGOs and media are the first targets of crackdowns.',
    },
    {
      measure: 'payments',
      indicatorKey: 'trade_russia',
      points: 0.5,
      rationale: 'Russian banks and rouble corridors carry sanctions and payment-ban risk.',
    },
    {
      measure: 'payments',
      indicatorKey: 'infrastructure',
      points: 0.25,
      rationale: 'Card and clearing systems routed through Russia fail with its networks.',
    },
    {
      measure: 'data',
      indicatorKey: 'infrastructure',
      points: 0.75,
      rationale: 'Data in or through Russia depends on Russian networks and jurisdiction.',
    },
    {
      measure: 'data',
      indicatorKey: 'civil_liberties',
      points: 0.25,
      rationale: 'Data under Russian lawful-interception rules exposes staff and partners.',
    },
    {
      measure: 'telecom',
      indicatorKey: 'infrastructure',
      points: 0.75,
      rationale: 'Internet transit through Russian carriers goes down with them.',
    },
    {
      measure: 'telecom',
      indicatorKey: 'civil_liberties',
      points: 0.25,
      rationale: 'Shutdowns and throttling during unrest run through the same carriers.',
    },
  ],
};

/** m_j of each measure for a footprint (formulas in EXPOSURE_MEASURES). */
export function footprintMeasures(footprint: Footprint): Record<MeasureKey, number> {
  const groups = footprintRegionGroups(footprint);
  const flag = (b: boolean) => (b ? 1 : 0);
  return {
    revenue: footprint.revenueShareKz / 100,
    exportRoute: footprint.exportRouteShare / 100,
    russianInputs: footprint.russianInputShare / 100,
    staff: Math.min(1, Math.log10(1 + footprint.staffInKz) / 3),
    sites: Math.min(1, footprint.sitesInKz / 10),
    borderSites: flag(groups.has('border')),
    citySites: flag(groups.has('cities')),
    oilSites: flag(groups.has('oil')),
    partners: Math.min(1, footprint.foreignFundedPartners / 5),
    payments: flag(footprint.paymentsViaRussia),
    data: flag(footprint.dataViaRussia),
    telecom: flag(footprint.telecomViaRussia),
  };
}

/** One row's part of a factor. */
export interface FactorTerm {
  readonly measure: MeasureKey;
  readonly measureValue: number;
  readonly points: number;
  /** points · m */
  readonly contribution: number;
  /** The answer behind it, in words ("80 % of exports through CPC or Russian routes"). */
  readonly answer: string;
}

export interface ExposureFactor {
  readonly indicatorKey: string;
  /** e_i after the cap. */
  readonly factor: number;
  /** Rows with a non-zero part, largest first (empty for an unlisted indicator). */
  readonly terms: readonly FactorTerm[];
  readonly capped: boolean;
  readonly listed: boolean;
}

/** The answer behind a measure, in words. */
export function describeAnswer(measure: MeasureKey, footprint: Footprint): string {
  const pct = (v: number) => `${Math.round(v * 10) / 10} %`;
  switch (measure) {
    case 'revenue':
      return `${pct(footprint.revenueShareKz)} of revenue earned in Kazakhstan`;
    case 'exportRoute':
      return `${pct(footprint.exportRouteShare)} of exports through CPC or Russian routes`;
    case 'russianInputs':
      return `${pct(footprint.russianInputShare)} of suppliers and inputs from Russia`;
    case 'staff':
      return `${footprint.staffInKz} staff in Kazakhstan`;
    case 'sites':
      return `${footprint.sitesInKz} site${footprint.sitesInKz === 1 ? '' : 's'} in Kazakhstan`;
    case 'borderSites':
      return 'sites in regions on the Russian border';
    case 'citySites':
      return 'sites in Almaty or Astana';
    case 'oilSites':
      return 'sites in the western oil regions';
    case 'partners':
      return `${footprint.foreignFundedPartners} foreign-funded local partner${footprint.foreignFundedPartners === 1 ? '' : 's'}`;
    case 'payments':
      return 'payments routed through Russia';
    case 'data':
      return 'data hosted in or routed through Russia';
    case 'telecom':
      return 'telecom transit through Russia';
  }
}

/** @throws ScoringParameterError for a rule with a bad floor, cap, points or an unknown measure */
export function validateExposureRule(rule: ExposureRule): void {
  if (!(rule.floor > 0 && rule.floor <= rule.maxFactor) || !Number.isFinite(rule.maxFactor)) {
    throw new ScoringParameterError('floor', 'must be > 0 and at most maxFactor', rule.floor);
  }
  const measures = new Set(rule.measures.map((m) => m.key));
  rule.rows.forEach((row, i) => {
    if (!measures.has(row.measure)) throw new ScoringParameterError(`rows[${i}].measure`, 'must be a measure of the rule', row.measure);
    if (!(row.points >= 0) || !Number.isFinite(row.points))
      throw new ScoringParameterError(`rows[${i}].points`, 'must be a finite number ≥ 0', row.points);
  });
}

/**
 * Exposure factor of every indicator in `indicatorKeys` for a footprint (rule above). Indicators the
 * table does not list get the mean factor of the listed ones, so they keep their share of the index.
 */
export function exposureFactors(
  footprint: Footprint,
  indicatorKeys: readonly string[],
  rule: ExposureRule = DEFAULT_EXPOSURE_RULE,
): ExposureFactor[] {
  validateExposureRule(rule);
  const m = footprintMeasures(footprint);
  const listedKeys = new Set(rule.rows.map((r) => r.indicatorKey));
  const listed = indicatorKeys
    .filter((k) => listedKeys.has(k))
    .map((key): ExposureFactor => {
      const terms = rule.rows
        .filter((r) => r.indicatorKey === key)
        .map(
          (r): FactorTerm => ({
            measure: r.measure,
            measureValue: m[r.measure],
            points: r.points,
            contribution: r.points * m[r.measure],
            answer: describeAnswer(r.measure, footprint),
          }),
        )
        .filter((t) => t.contribution > 0)
        .sort((a, b) => b.contribution - a.contribution);
      const raw = rule.floor + terms.reduce((sum, t) => sum + t.contribution, 0);
      return { indicatorKey: key, factor: Math.min(rule.maxFactor, raw), terms, capped: raw > rule.maxFactor, listed: true };
    });
  const mean = listed.length === 0 ? rule.floor : listed.reduce((s, f) => s + f.factor, 0) / listed.length;
  return indicatorKeys.map(
    (key) => listed.find((f) => f.indicatorKey === key) ?? { indicatorKey: key, factor: mean, terms: [], capped: false, listed: false },
  );
}

import type { BaselineComponent, BaselineSpec } from '../model/indicator';

/**
 * Structural baselines of the default indicators (method version 2), from the annual series in
 * kz-structural.csv. Each component maps a series to u in 0..100 with goalposts and claims a share of
 * the score scale (its weight): B = Σ weight · u. The weights of one indicator sum to at most 0.6,
 * so a baseline never takes more than 60 points and events always have room on top. Goalposts are
 * the natural range of each scale (WGI −2.5..2.5, Freedom House 0..60, RSF rank 1..180) or, for
 * shares and volumes, a stated reference (0 % = no dependence); they are argued, not fitted.
 *
 * Publication rules (when a value becomes known, so a past day never uses a later figure):
 *   Freedom House edition Y: early in Y (period_start + 2 months; the edition covers Y − 1);
 *   RSF index Y: late April of Y (period_start + 4);
 *   WGI year Y: September of Y + 1 (period_end + 9);
 *   trade shares, CPC shares, electricity and gas volumes: two to three months after the period.
 */

const WGI_RANGE = { lo: -2.5, hi: 2.5, direction: 'higher_is_safer', availableFrom: 'period_end', lagMonths: 9 } as const;

const pvComponent = (weight: number): BaselineComponent => ({
  series: 'wgi_pv_estimate',
  label: 'WGI political stability and absence of violence (estimate)',
  ...WGI_RANGE,
  weight,
});

const importShare = (weight: number): BaselineComponent => ({
  series: 'russia_share_of_imports',
  label: 'Russia’s share of Kazakhstan’s imports (%)',
  lo: 10,
  hi: 50,
  direction: 'higher_is_riskier',
  weight,
  availableFrom: 'period_end',
  lagMonths: 2,
  prior: {
    value: 38,
    note: 'Russia supplied about 35–40 % of imports in the early Customs Union years (38 % in 2013, stated Feb 2014); used only before the first figure in the series is known.',
  },
});

export const CPC_BASELINE: BaselineSpec = {
  components: [
    {
      series: 'cpc_share_of_crude_exports',
      label: 'CPC’s share of Kazakhstan’s crude exports (%)',
      lo: 0,
      hi: 100,
      direction: 'higher_is_riskier',
      weight: 0.45,
      availableFrom: 'period_end',
      lagMonths: 3,
      prior: {
        value: 80,
        note: 'About 80 % of crude exports have used CPC for years (S&P, Sept 2022: "about 80 % of oil exports"); used until the first derived share (2022) is known.',
      },
    },
  ],
  expectedVintageMonths: 18,
  rationale:
    'Exposure to a CPC disruption grows with the share of crude exports that has no other route. Total dependence on one route through Russia would put the baseline at 45, the middle of Elevated; about 80 % gives 36. The remaining 55+ points are left to what actually happens on the route.',
  dataNotes:
    'Only two derived shares (2022: 81 %, 2023: 78 %, a lower bound); before they are known the documented prior of 80 % is used and flagged as stale vintage.',
};

export const TRADE_BASELINE: BaselineSpec = {
  components: [importShare(0.6)],
  expectedVintageMonths: 15,
  rationale:
    'Trade dependence is mostly structural: Russia’s share of imports measures how much of supply chains, prices and payments pass through Russian policy. 10 % (an ordinary neighbour) scores 0, 50 % (near-monopoly supplier) 100; the component may claim 60 points because events (sanctions, border closures, payment bans) are rarer here than in other channels.',
  dataNotes:
    'Five scattered figures (2013, Jan–Nov 2018, 2021, 2024 — low confidence, secondary outlet — and H1 2025); values between them are carried forward and flagged as stale vintage. No yearly Comtrade series was available.',
};

export const CSTO_BASELINE: BaselineSpec = {
  components: [pvComponent(0.3)],
  expectedVintageMonths: 24,
  rationale:
    'No public series measures Russian military presence or CSTO activity. The January 2022 deployment followed a collapse of political stability, so the WGI political-stability estimate is the proxy, with a small weight (at most 30 points).',
  dataNotes: 'Proxy only. WGI is published with a nine-month lag and ends with 2023 here; later years are carried forward and flagged.',
};

export const FOREIGN_AGENT_BASELINE: BaselineSpec = {
  components: [
    {
      series: 'wgi_va_estimate',
      label: 'WGI voice and accountability (estimate)',
      ...WGI_RANGE,
      weight: 0.3,
    },
  ],
  expectedVintageMonths: 24,
  rationale:
    'Room for civil society and foreign-funded partners, before any bill: WGI voice and accountability on its full range, at most 30 points. The legislative stage (proposal to enforcement) is a floor above it.',
  dataNotes: 'WGI ends with 2023 here; later years are carried forward and flagged.',
};

export const CIVIL_LIBERTIES_BASELINE: BaselineSpec = {
  components: [
    {
      series: 'fh_civil_liberties',
      label: 'Freedom House civil liberties (0–60)',
      lo: 0,
      hi: 60,
      direction: 'higher_is_safer',
      weight: 0.3,
      availableFrom: 'period_start',
      lagMonths: 2,
    },
    {
      series: 'rsf_rank',
      label: 'RSF World Press Freedom Index rank',
      lo: 1,
      hi: 180,
      direction: 'higher_is_riskier',
      weight: 0.15,
      availableFrom: 'period_start',
      lagMonths: 4,
    },
  ],
  expectedVintageMonths: 15,
  rationale:
    'Freedom House civil liberties (full 0–60 range, 30 points) and RSF’s rank among about 180 countries (15 points): the legal and practical space for speech, assembly and the press that staff and partners work in.',
  dataNotes:
    'RSF ranks are missing for 2013–2015 and 2019 (carried forward, flagged); the 2022 rank jump (155 → 122) is partly RSF’s change of method. The old-method RSF score stops in 2021 and is not used, to keep one RSF component.',
};

export const RHETORIC_BASELINE: BaselineSpec = {
  components: [importShare(0.2), pvComponent(0.1)],
  expectedVintageMonths: 24,
  rationale:
    'No series measures Russian rhetoric about Kazakhstan. The leverage that makes it matter is proxied by Russia’s share of imports (20 points) and political stability (10 points); the baseline stays below 30.',
  dataNotes: 'Proxies only; see the trade and unrest baselines for their gaps.',
};

export const INFRASTRUCTURE_BASELINE: BaselineSpec = {
  components: [
    {
      series: 'electricity_imports_from_russia',
      label: 'Electricity imports from Russia (bn kWh)',
      lo: 0,
      hi: 5,
      direction: 'higher_is_riskier',
      weight: 0.25,
      availableFrom: 'period_end',
      lagMonths: 3,
      prior: {
        value: 0.5,
        note: 'Assumed small balancing flows before the 2021 shortage (0.3 bn kWh in 2021); no series before 2021.',
      },
    },
    {
      series: 'russian_gas_transit_via_kazakhstan',
      label: 'Russian gas transit via Kazakhstan (bcm)',
      lo: 0,
      hi: 10,
      direction: 'higher_is_riskier',
      weight: 0.15,
      availableFrom: 'period_end',
      lagMonths: 3,
      prior: { value: 0, note: 'Russian gas has transited Kazakhstan to Uzbekistan only since October 2023.' },
    },
  ],
  expectedVintageMonths: 15,
  rationale:
    'Reliance on Russia for power and gas: electricity imports (5 bn kWh, about 4 % of generation, scores 100; 25 points) and Russian gas transit (10 bcm scores 100; 15 points).',
  dataNotes:
    'Very thin: two electricity figures (2021, 2023) and two transit figures (2023, 2024); planned volumes are not used. No series exists for the grid’s synchronous operation with Russia’s or for internet transit (about 95 % via Russia in 2025), so the baseline understates the dependence, most of all before 2021.',
};

export const UNREST_BASELINE: BaselineSpec = {
  components: [pvComponent(0.55)],
  expectedVintageMonths: 24,
  rationale:
    'Risk to staff and sites from protest and violence on a quiet day: WGI political stability and absence of violence on its full range, up to 55 points.',
  dataNotes: 'WGI ends with 2023 here (published Sept 2024); later years are carried forward and flagged.',
};

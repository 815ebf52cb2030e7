/** Company exposure (footprints), what-if scenarios and replay: shapes shared by the API and the dashboard. */

/** Answers of the footprint form (bounds: shares 0–100 %, staff ≤ 1,000,000, sites and partners ≤ 10,000). */
export interface FootprintAnswers {
  revenueShareKz: number;
  exportRouteShare: number;
  russianInputShare: number;
  staffInKz: number;
  sitesInKz: number;
  siteRegions: string[];
  foreignFundedPartners: number;
  paymentsViaRussia: boolean;
  dataViaRussia: boolean;
  telecomViaRussia: boolean;
}

export interface CreateFootprintRequest extends FootprintAnswers {
  name: string;
}

export type UpdateFootprintRequest = Partial<CreateFootprintRequest>;

export interface FootprintView extends FootprintAnswers {
  id: number;
  name: string;
  /** True when the caller owns it (admins also see others'). */
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ExposureRuleView {
  version: number;
  floor: number;
  maxFactor: number;
  formula: string;
  measures: { key: string; label: string; formula: string }[];
  rows: { measure: string; indicatorKey: string; indicatorName: string; points: number; rationale: string }[];
  regions: { key: string; label: string; groups: string[] }[];
}

export interface ExposureChannelView {
  key: string;
  name: string;
  score: number | null;
  factor: number;
  countryShare: number;
  companyShare: number;
  countryContribution: number;
  companyContribution: number;
  difference: number;
  drivers: string[];
}

export interface CompanyActionChannelView {
  indicatorKey: string;
  name: string;
  score: number;
  band: string;
  factor: number;
  priority: number;
  why: string;
  actions: { id: string; text: string }[];
}

export interface CompanyIndexView {
  footprint: FootprintView;
  date: string;
  companyValue: number;
  companyBand: string;
  companyBandLabel: string;
  countryValue: number;
  countryBand: string;
  countryBandLabel: string;
  difference: number;
  /** Why the company index differs from the country index (top channels). */
  reason: string;
  topChannels: string[];
  channels: ExposureChannelView[];
  bandActions: { id: string; text: string }[];
  actions: CompanyActionChannelView[];
  freshness: { key: string; name: string; state: string; daysSinceEvidence: number | null; inComposite: boolean }[];
  /** 5–95 % band of the company index today (Monte Carlo over weights, severities, constants, staleness). */
  uncertainty: { p5: number; p95: number } | null;
  /** Both indices over the last year, daily. */
  series: { from: string; country: (number | null)[]; company: (number | null)[] };
}

export interface HypotheticalEventDto {
  indicatorKey: string;
  severity: number;
  start: string;
  /** null = ongoing past the horizon. */
  durationDays: number | null;
  stage?: string | null;
  label?: string | null;
}

export interface HeldLevelDto {
  indicatorKey: string;
  level: number;
  from: string;
  to: string;
}

export interface ScenarioDefinitionDto {
  events: HypotheticalEventDto[];
  holds: HeldLevelDto[];
}

export interface ProjectScenarioRequest extends ScenarioDefinitionDto {
  /** 12–36, default 12. */
  horizonMonths?: number;
  /** Also project this footprint's company index. */
  footprintId?: number | null;
}

export interface CreateScenarioRequest extends ProjectScenarioRequest {
  name: string;
  description?: string | null;
  /** Readable by every signed-in user who has the link. */
  shared?: boolean;
}

export type UpdateScenarioRequest = Partial<CreateScenarioRequest>;

export interface ScenarioView extends ScenarioDefinitionDto {
  id: number;
  name: string;
  description: string | null;
  shared: boolean;
  horizonMonths: number;
  footprintId: number | null;
  mine: boolean;
  /** Who saved it (display name or role label, never an e-mail). */
  author: string;
  /** Dashboard address to share with signed-in colleagues. */
  link: string;
  createdAt: string;
  updatedAt: string;
}

export interface BandCrossingView {
  series: string;
  name: string;
  date: string;
  baselineBand: string;
  scenarioBand: string;
  scenarioPeak: number;
  scenarioPeakDate: string;
  baselineOnPeakDate: number;
}

export interface TriggeredActionView {
  id: string;
  text: string;
  indicatorKey: string | null;
  firstDate: string;
}

export interface ProjectionPathView {
  baseline: (number | null)[];
  scenario: (number | null)[];
  /** 5–95 % band of the scenario path per day (null before today): the index's Monte Carlo spread around the path. */
  lower: (number | null)[];
  upper: (number | null)[];
  todayValue: number | null;
  baselineEnd: number | null;
  scenarioEnd: number | null;
  maxDifference: number;
  maxDifferenceDate: string;
  crossings: BandCrossingView[];
  triggeredActions: TriggeredActionView[];
}

export interface ScenarioProjectionView {
  from: string;
  today: string;
  to: string;
  country: ProjectionPathView;
  company: (ProjectionPathView & { footprintId: number; footprintName: string }) | null;
  indicators: {
    key: string;
    name: string;
    baselinePeak: number | null;
    scenarioPeak: number | null;
    baselineBand: string | null;
    scenarioBand: string | null;
  }[];
  /** How the band around the scenario path is made (the same Monte Carlo as the index's band). */
  uncertaintyMethod: string;
  /** Nothing was written: evidence and the published index are unchanged. */
  published: false;
}

export interface ScenarioPresetView {
  key: string;
  name: string;
  rationale: string;
  sources: { file: string; title: string }[];
  /** The preset as a scenario starting today (the API's clock). */
  definition: ScenarioDefinitionDto;
}

export interface ScenarioComparisonView {
  scenarios: { id: number; name: string; projection: ScenarioProjectionView }[];
}

export interface ReplayView {
  date: string;
  value: number | null;
  band: string | null;
  bandLabel: string | null;
  change1d: number | null;
  change7d: number | null;
  change30d: number | null;
  scores: Record<string, number>;
  alerts: { kind: string; message: string }[];
  digest: { headline: string; lines: string[] };
  movers: { key: string; name: string; change: number }[];
  freshness: { key: string; name: string; state: string; daysSinceEvidence: number | null }[];
  bandActions: { id: string; text: string }[];
  hindsight: { value: number | null; band: string | null };
  eventsKnown: number;
  eventsLearnedLater: number;
  series: { from: string; asKnown: (number | null)[]; hindsight: (number | null)[] };
  /** The company index as known on the day, when a footprint was asked for. */
  company: { footprintId: number; value: number | null; band: string | null; reason: string } | null;
}

export interface ReplayPresetView {
  key: string;
  name: string;
  date: string;
  episode: string;
  note: string;
}

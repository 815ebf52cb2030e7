import type { IndicatorDefinition, SeverityImpactTable } from '../model/indicator';

/**
 * Impact doubles with each severity step: a severity-5 event weighs as much as sixteen severity-1
 * events. Shared by the default event-based indicators; each indicator tunes its own h and k.
 */
export const DOUBLING_IMPACTS: SeverityImpactTable = [1, 2, 4, 8, 16];

/** How analysts rate severity 1..5 (shown on the methodology page and the evidence form). */
export const SEVERITY_RUBRIC: readonly { readonly severity: number; readonly label: string; readonly description: string }[] = [
  {
    severity: 1,
    label: 'Minor',
    description: 'A signal with no direct effect on business: a statement by a minor official, a routine meeting.',
  },
  {
    severity: 2,
    label: 'Notable',
    description: 'A concrete step with limited reach: a planned exercise, an agreement deepening dependence, a single detention.',
  },
  {
    severity: 3,
    label: 'Significant',
    description: 'A measurable effect on operations or rights: partial capacity loss, a court ruling, senior-level rhetoric.',
  },
  {
    severity: 4,
    label: 'Major',
    description:
      'A national-level disruption or escalation: a pipeline facility out of service, mass detentions, the head of state questioning sovereignty.',
  },
  {
    severity: 5,
    label: 'Extreme',
    description: 'A crisis: foreign troops deployed, a state of emergency, a national internet shutdown, exports stopped.',
  },
];

/**
 * The default indicators and their calibration against Kazakhstan's history 2014–2025.
 *
 * With p = 1, 2, 4, 8, 16 and s = 100·(1 − e^(−x/k)): one ongoing severity-4 event (x = 8) scores
 * 63 with k = 8 (High), a severity-5 event (x = 16) scores 86 (Severe). Half-lives: fast for
 * disruptions that are repaired (CPC 60 days) or rhetoric and unrest that flare and fade (90), slow
 * for structural shifts (military presence, dependence, legislation: 180).
 * Check: January 2022 CSTO deployment (request severity 4 on 5 Jan, deployment severity 5 held
 * 6–19 Jan) gives x = 24, s = 100·(1 − e^(−2)) = 86.5 (Severe); it stays Severe ~8 weeks after the
 * withdrawal (x ≥ 19.3) and High until ~August 2022 (x ≥ 11.0).
 *
 * Default weights (sum 100), by how directly each channel reaches a foreign company's money, staff,
 * suppliers and routes: CPC 18 (about 80 % of Kazakh crude exports and the state budget ride on one
 * pipeline through Russia); trade dependence 15 (structural exposure of supply chains and payments);
 * CSTO / Russian military 14 (low frequency, highest impact); foreign-agent legislation 12 (directly
 * hits foreign-funded partners); civil liberties 11; sovereignty rhetoric, infrastructure dependence
 * and internal unrest 10 each.
 */
export const DEFAULT_INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'cpc_pipeline',
    name: 'CPC pipeline disruptions',
    category: 'energy',
    description:
      'Stoppages, damage and regulatory halts on the Caspian Pipeline Consortium route through Russia, which carries about 80 % of Kazakhstan’s crude exports. A high score means export volumes, revenues and oil-linked supply chains are at immediate risk.',
    method: { kind: 'event_pressure', halfLifeDays: 60, saturation: 8, impacts: DOUBLING_IMPACTS },
    defaultWeight: 18,
  },
  {
    key: 'trade_russia',
    name: 'Trade dependence on Russia',
    category: 'economic',
    description:
      'Russia’s share of Kazakhstan’s foreign trade, scored 0 at 10 % and 100 at 40 %. A high score means supply chains, payments and prices are exposed to Russian policy, sanctions and secondary-sanctions risk.',
    method: {
      kind: 'metric',
      series: 'russia_trade_share',
      normalisation: { kind: 'goalposts', lo: 10, hi: 40 },
      direction: 'higher_is_riskier',
      unit: '%',
    },
    defaultWeight: 15,
  },
  {
    key: 'csto_military',
    name: 'CSTO / Russian military activity',
    category: 'security',
    description:
      'Deployments, exercises and summits of the Russia-led CSTO on or about Kazakh territory, such as the January 2022 intervention. A high score signals a foreign military presence that can bring curfews, checkpoints and sanctions questions.',
    method: { kind: 'event_pressure', halfLifeDays: 180, saturation: 12, impacts: DOUBLING_IMPACTS },
    defaultWeight: 14,
  },
  {
    key: 'foreign_agent',
    name: 'Foreign-agent legislation',
    category: 'political',
    description:
      'How far a Russian-style “foreign agent” law has progressed, from proposal to enforcement, plus enforcement of the existing foreign-funding register. A high score means foreign-funded partners face labelling, reporting burdens and reputational harm.',
    method: {
      kind: 'stage',
      stages: [
        { key: 'proposed', label: 'Proposed', level: 25 },
        { key: 'drafted', label: 'Drafted', level: 40 },
        { key: 'first_reading', label: 'First reading', level: 55 },
        { key: 'adopted', label: 'Adopted', level: 70 },
        { key: 'enforced', label: 'Enforced', level: 85 },
        { key: 'withdrawn', label: 'Withdrawn', level: 10 },
      ],
      enforcement: { halfLifeDays: 180, saturation: 10, impacts: DOUBLING_IMPACTS },
    },
    defaultWeight: 12,
  },
  {
    key: 'civil_liberties',
    name: 'Civil-liberties crackdown',
    category: 'political',
    description:
      'Detentions, prosecutions of journalists, internet shutdowns and restrictive laws on speech and assembly. A high score means staff, partners and communications face legal and operational risk.',
    method: { kind: 'event_pressure', halfLifeDays: 120, saturation: 10, impacts: DOUBLING_IMPACTS },
    defaultWeight: 11,
  },
  {
    key: 'sovereignty_rhetoric',
    name: 'Sovereignty rhetoric',
    category: 'political',
    description:
      'Statements by Russian officials and public figures that question Kazakh statehood or borders, and Astana’s responses. A high score signals diplomatic tension that can precede economic or hybrid pressure.',
    method: { kind: 'event_pressure', halfLifeDays: 90, saturation: 8, impacts: DOUBLING_IMPACTS },
    defaultWeight: 10,
  },
  {
    key: 'infrastructure',
    name: 'Infrastructure dependence',
    category: 'infrastructure',
    description:
      'Incidents and agreements that deepen reliance on Russia for electricity, gas and internet transit. A high score means sites and data flows are exposed to outages or leverage beyond Kazakhstan’s control.',
    method: { kind: 'event_pressure', halfLifeDays: 180, saturation: 10, impacts: DOUBLING_IMPACTS },
    defaultWeight: 10,
  },
  {
    key: 'internal_unrest',
    name: 'Internal unrest',
    category: 'social',
    description:
      'Protests, riots and states of emergency inside Kazakhstan, such as the January 2022 unrest. A high score means risk to staff safety, site security and business continuity.',
    method: { kind: 'event_pressure', halfLifeDays: 90, saturation: 10, impacts: DOUBLING_IMPACTS },
    defaultWeight: 10,
  },
];

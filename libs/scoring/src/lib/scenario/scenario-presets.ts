import { addDays } from '../dates/calendar-day';
import type { ScenarioDefinition } from './scenario';

/** A seed article of the threat picture (../shared/seeds), cited by presets. */
export interface SeedSource {
  readonly file: string;
  readonly title: string;
}

export const SEED_SOURCES = {
  invasionRisk: { file: 'seeds/000_1fa6a53319d5f365.txt', title: 'Putin’s Next Target? Kazakhstan Invasion Risk Rises' },
  risingThreats: { file: 'seeds/001_c0e2554d0989d2e3.txt', title: 'Kazakhstan Faces Rising Threats of Russian Influence and Invasion' },
  strategicTarget: { file: 'seeds/002_7db5d0966b959cd4.txt', title: 'Kazakhstan as a Strategic Target in Vladimir Putin’s Agenda' },
  ukrainePlaybook: { file: 'seeds/003_eea78401d5d2a198.txt', title: 'In Kazakhstan, Russia follows a playbook it developed in Ukraine' },
  kazakhGambit: { file: 'seeds/004_9d2cd067e13a62fc.txt', title: 'Putin’s Kazakh gambit tightens his grip on ex-Soviet space' },
} as const satisfies Record<string, SeedSource>;

/** A preset event, dated relative to today. */
export interface PresetEvent {
  readonly indicatorKey: string;
  readonly severity: number;
  readonly startOffsetDays: number;
  readonly durationDays: number | null;
  readonly stage?: string | null;
  readonly label: string;
}

export interface PresetHold {
  readonly indicatorKey: string;
  readonly level: number;
  readonly fromOffsetDays: number;
  readonly toOffsetDays: number;
}

export interface ScenarioPreset {
  readonly key: string;
  readonly name: string;
  /** One line: why this is a plausible what-if, and which seed article says so. */
  readonly rationale: string;
  readonly sources: readonly SeedSource[];
  readonly events: readonly PresetEvent[];
  readonly holds: readonly PresetHold[];
}

/** The preset library, drawn from the seed articles' threat picture. */
export const SCENARIO_PRESETS: readonly ScenarioPreset[] = [
  {
    key: 'cpc-stoppage-8w',
    name: 'CPC stoppage, severity 5, 8 weeks from today',
    rationale:
      'Kazakhstan relies on Russia for the transit of its oil through CPC, and disruptions “demonstrate Russia’s ability to exert economic pressure” (Strategic Target, seed 002).',
    sources: [SEED_SOURCES.strategicTarget],
    events: [{ indicatorKey: 'cpc_pipeline', severity: 5, startOffsetDays: 0, durationDays: 56, label: 'CPC stoppage' }],
    holds: [],
  },
  {
    key: 'cpc-half-capacity-8w',
    name: 'CPC at 50 % for 8 weeks',
    rationale:
      'A partial outage like the 2022 mooring repairs: throughput halved for two months (Strategic Target, seed 002, on CPC suspensions).',
    sources: [SEED_SOURCES.strategicTarget],
    events: [{ indicatorKey: 'cpc_pipeline', severity: 3, startOffsetDays: 0, durationDays: 56, label: 'CPC at half capacity' }],
    holds: [],
  },
  {
    key: 'foreign-agent-law-adopted',
    name: 'Foreign-agent law adopted, enforced after three months',
    rationale:
      'MPs drafted a law making foreign-funded NGOs and media register as “foreign agents”, copied from Russia (Invasion Risk, seed 000; Rising Threats, seed 001).',
    sources: [SEED_SOURCES.invasionRisk, SEED_SOURCES.risingThreats],
    events: [
      { indicatorKey: 'foreign_agent', severity: 4, startOffsetDays: 0, durationDays: 1, stage: 'adopted', label: 'Law adopted' },
      {
        indicatorKey: 'foreign_agent',
        severity: 3,
        startOffsetDays: 90,
        durationDays: 180,
        label: 'First NGOs registered as foreign agents',
      },
      {
        indicatorKey: 'civil_liberties',
        severity: 3,
        startOffsetDays: 90,
        durationDays: 90,
        label: 'Inspections of foreign-funded NGOs and media',
      },
    ],
    holds: [],
  },
  {
    key: 'csto-deployment',
    name: 'CSTO deployment during unrest (January 2022 again)',
    rationale:
      'In January 2022 a Russian-led CSTO force of nearly 3,000 was deployed to quell unrest, setting a precedent (Ukraine Playbook, seed 003; Kazakh Gambit, seed 004; Strategic Target, seed 002).',
    sources: [SEED_SOURCES.ukrainePlaybook, SEED_SOURCES.kazakhGambit, SEED_SOURCES.strategicTarget],
    events: [
      {
        indicatorKey: 'internal_unrest',
        severity: 5,
        startOffsetDays: 0,
        durationDays: 10,
        label: 'Nationwide unrest, state of emergency',
      },
      { indicatorKey: 'csto_military', severity: 5, startOffsetDays: 3, durationDays: 14, label: 'CSTO troops deployed' },
      { indicatorKey: 'civil_liberties', severity: 5, startOffsetDays: 3, durationDays: 6, label: 'Internet shutdown and mass detentions' },
    ],
    holds: [],
  },
  {
    key: 'rhetoric-campaign',
    name: 'Kremlin rhetoric campaign questioning Kazakh statehood, 3 months',
    rationale:
      'Putin called Kazakhstan “practically a Russian-speaking country”; such rhetoric preceded intervention in Ukraine (Rising Threats, seed 001; Ukraine Playbook, seed 003).',
    sources: [SEED_SOURCES.risingThreats, SEED_SOURCES.ukrainePlaybook],
    events: [
      {
        indicatorKey: 'sovereignty_rhetoric',
        severity: 4,
        startOffsetDays: 0,
        durationDays: 90,
        label: 'Rhetoric campaign on state TV and in the Duma',
      },
    ],
    holds: [],
  },
  {
    key: 'infrastructure-cutoff',
    name: 'Power, gas or internet supply from Russia cut for a month',
    rationale: 'Kazakhstan relies on Russia for “internet, electricity, and gas” (Invasion Risk, seed 000).',
    sources: [SEED_SOURCES.invasionRisk],
    events: [{ indicatorKey: 'infrastructure', severity: 4, startOffsetDays: 0, durationDays: 30, label: 'Supply from Russia cut' }],
    holds: [],
  },
  {
    key: 'civil-society-crackdown',
    name: 'Crackdown on activists and media, 2 months',
    rationale:
      '“Activists are arrested or fined for merely voicing their opinions”; a satirist got five years’ restricted freedom (Rising Threats, seed 001).',
    sources: [SEED_SOURCES.risingThreats],
    events: [
      { indicatorKey: 'civil_liberties', severity: 4, startOffsetDays: 0, durationDays: 60, label: 'Arrests of activists and journalists' },
    ],
    holds: [],
  },
  {
    key: 'trade-squeeze',
    name: 'Russian trade squeeze held at High for 6 months',
    rationale:
      'A large share of Kazakhstan’s trade is with Russia and “reducing this dependency takes time” (Strategic Target, seed 002; Rising Threats, seed 001: about $40 billion in 2022).',
    sources: [SEED_SOURCES.strategicTarget, SEED_SOURCES.risingThreats],
    events: [],
    holds: [{ indicatorKey: 'trade_russia', level: 70, fromOffsetDays: 0, toOffsetDays: 182 }],
  },
];

/** A preset as a scenario starting on `today`. */
export function instantiatePreset(preset: ScenarioPreset, today: string): ScenarioDefinition {
  return {
    events: preset.events.map((e) => ({
      indicatorKey: e.indicatorKey,
      severity: e.severity,
      start: addDays(today, e.startOffsetDays),
      durationDays: e.durationDays,
      stage: e.stage ?? null,
      label: e.label,
    })),
    holds: preset.holds.map((h) => ({
      indicatorKey: h.indicatorKey,
      level: h.level,
      from: addDays(today, h.fromOffsetDays),
      to: addDays(today, h.toOffsetDays),
    })),
  };
}

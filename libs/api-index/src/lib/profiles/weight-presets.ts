import { DEFAULT_INDICATORS } from '@kem/scoring';

export interface WeightPreset {
  slug: string;
  name: string;
  /** Why these weights suit this kind of business (shown beside the profile). */
  description: string;
  weights: Record<string, number>;
}

const defaults = Object.fromEntries(DEFAULT_INDICATORS.map((i) => [i.key, i.defaultWeight]));

/** The profiles a fresh install starts with; each sums to 100 so a weight reads as a percentage. */
export const WEIGHT_PRESETS: readonly WeightPreset[] = [
  {
    slug: 'default',
    name: 'Default',
    description:
      'A general foreign investor: every channel counts, weighted by how directly it reaches money, staff, suppliers and routes — the CPC export route and trade dependence first.',
    weights: defaults,
  },
  {
    slug: 'energy-exporter',
    name: 'Energy exporter',
    description:
      'Oil and gas producers and their contractors: most Kazakh crude leaves through the CPC pipeline and its Novorossiysk terminal on Russian territory, and unrest has repeatedly started in the western oil regions.',
    weights: {
      cpc_pipeline: 30,
      trade_russia: 15,
      csto_military: 12,
      infrastructure: 12,
      internal_unrest: 10,
      sovereignty_rhetoric: 8,
      civil_liberties: 8,
      foreign_agent: 5,
    },
  },
  {
    slug: 'logistics-retail',
    name: 'Logistics & retail',
    description:
      'Importers, distributors and carriers: supply chains, payments and transit run through Russia, so trade dependence, infrastructure (power, fuel, internet) and street-level unrest matter most.',
    weights: {
      trade_russia: 25,
      infrastructure: 18,
      internal_unrest: 14,
      csto_military: 10,
      sovereignty_rhetoric: 10,
      cpc_pipeline: 8,
      foreign_agent: 8,
      civil_liberties: 7,
    },
  },
  {
    slug: 'finance',
    name: 'Finance',
    description:
      'Banks, insurers and investors: secondary-sanctions exposure through Russian trade and payments, and political signals (sovereignty rhetoric, military moves) that reprice country risk.',
    weights: {
      trade_russia: 22,
      sovereignty_rhetoric: 14,
      csto_military: 14,
      cpc_pipeline: 14,
      civil_liberties: 10,
      internal_unrest: 10,
      foreign_agent: 8,
      infrastructure: 8,
    },
  },
  {
    slug: 'ngo-media',
    name: 'NGO & media',
    description:
      'Foreign-funded organisations, media and their local partners: a Russian-style foreign-agent law and crackdowns on speech and assembly hit them first and hardest.',
    weights: {
      foreign_agent: 30,
      civil_liberties: 28,
      internal_unrest: 12,
      csto_military: 10,
      sovereignty_rhetoric: 8,
      infrastructure: 5,
      trade_russia: 4,
      cpc_pipeline: 3,
    },
  },
];

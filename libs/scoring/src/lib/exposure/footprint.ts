import { ScoringParameterError } from '../errors';

/**
 * Regions of Kazakhstan where a company may have sites, grouped by what they add to its exposure
 * (the exposure rule reads the groups, not the names):
 *   border   oblasts on the Russian border (military posture, "protect Russian speakers" rhetoric)
 *   cities   Almaty and Astana (the January 2022 unrest, internet shutdowns, protests)
 *   oil      the western oil regions whose crude leaves through CPC (Atyrau, Mangystau, West Kazakhstan;
 *            Zhanaozen 2011 and 2022 started there)
 */
export type SiteRegionGroup = 'border' | 'cities' | 'oil' | 'other';

export interface SiteRegion {
  readonly key: string;
  readonly label: string;
  readonly groups: readonly SiteRegionGroup[];
}

export const SITE_REGIONS: readonly SiteRegion[] = [
  { key: 'almaty', label: 'Almaty (city and region)', groups: ['cities'] },
  { key: 'astana', label: 'Astana', groups: ['cities'] },
  { key: 'shymkent', label: 'Shymkent and Turkistan', groups: ['other'] },
  { key: 'atyrau', label: 'Atyrau (Tengiz, CPC start)', groups: ['oil', 'border'] },
  { key: 'mangystau', label: 'Mangystau (Aktau, Zhanaozen)', groups: ['oil'] },
  { key: 'west_kazakhstan', label: 'West Kazakhstan (Karachaganak, Uralsk)', groups: ['oil', 'border'] },
  { key: 'aktobe', label: 'Aktobe', groups: ['border'] },
  { key: 'kostanay', label: 'Kostanay', groups: ['border'] },
  { key: 'north_kazakhstan', label: 'North Kazakhstan (Petropavl)', groups: ['border'] },
  { key: 'pavlodar', label: 'Pavlodar', groups: ['border'] },
  { key: 'east_kazakhstan', label: 'East Kazakhstan and Abai (Oskemen, Semey)', groups: ['border'] },
  { key: 'karaganda', label: 'Karaganda and Ulytau', groups: ['other'] },
  { key: 'other', label: 'Elsewhere in Kazakhstan', groups: ['other'] },
];

export const SITE_REGION_KEYS: readonly string[] = SITE_REGIONS.map((r) => r.key);

/**
 * What a company has in or through Kazakhstan: the answers of the footprint form. Shares are
 * percentages 0–100; counts are whole numbers.
 */
export interface Footprint {
  /** Share of the company's revenue earned in Kazakhstan, %. */
  readonly revenueShareKz: number;
  /** Share of its crude or goods exports from Kazakhstan that leave through CPC or other Russian routes, %. */
  readonly exportRouteShare: number;
  /** Share of its suppliers and inputs (by spend) that come from or through Russia, %. */
  readonly russianInputShare: number;
  /** Staff in Kazakhstan (employees and long-term contractors). */
  readonly staffInKz: number;
  /** Sites in Kazakhstan (offices, plants, fields, warehouses). */
  readonly sitesInKz: number;
  /** Regions those sites are in (SITE_REGIONS keys). */
  readonly siteRegions: readonly string[];
  /** Local partners or NGOs the company works with that receive foreign funding. */
  readonly foreignFundedPartners: number;
  /** Payments settle through Russian banks or rouble corridors. */
  readonly paymentsViaRussia: boolean;
  /** Data is hosted in or routed through Russia (cloud, ERP, backups). */
  readonly dataViaRussia: boolean;
  /** Telecom or internet transit runs through Russian carriers. */
  readonly telecomViaRussia: boolean;
}

/** Bounds of every number of a footprint, by meaning (the API validates with the same figures). */
export const FOOTPRINT_LIMITS = {
  share: { min: 0, max: 100 },
  staffInKz: { min: 0, max: 1_000_000 },
  sitesInKz: { min: 0, max: 10_000 },
  foreignFundedPartners: { min: 0, max: 10_000 },
  siteRegions: { maxItems: SITE_REGIONS.length },
} as const;

/** A footprint with nothing in Kazakhstan: every factor is the floor, so the company index equals the country index. */
export const EMPTY_FOOTPRINT: Footprint = {
  revenueShareKz: 0,
  exportRouteShare: 0,
  russianInputShare: 0,
  staffInKz: 0,
  sitesInKz: 0,
  siteRegions: [],
  foreignFundedPartners: 0,
  paymentsViaRussia: false,
  dataViaRussia: false,
  telecomViaRussia: false,
};

/** @throws ScoringParameterError naming the first field that is out of bounds or of the wrong kind */
export function validateFootprint(footprint: Footprint): void {
  const share = (field: keyof Footprint) => {
    const v = footprint[field] as unknown;
    if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw new ScoringParameterError(field, 'must be a percentage from 0 to 100', v);
  };
  const count = (field: 'staffInKz' | 'sitesInKz' | 'foreignFundedPartners') => {
    const v = footprint[field] as unknown;
    const max = FOOTPRINT_LIMITS[field].max;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
      throw new ScoringParameterError(field, `must be a whole number from 0 to ${max}`, v);
  };
  share('revenueShareKz');
  share('exportRouteShare');
  share('russianInputShare');
  count('staffInKz');
  count('sitesInKz');
  count('foreignFundedPartners');
  if (!Array.isArray(footprint.siteRegions))
    throw new ScoringParameterError('siteRegions', 'must be a list of region keys', footprint.siteRegions);
  footprint.siteRegions.forEach((r, i) => {
    if (!SITE_REGION_KEYS.includes(r))
      throw new ScoringParameterError(`siteRegions[${i}]`, `must be one of ${SITE_REGION_KEYS.join(', ')}`, r);
  });
  for (const flag of ['paymentsViaRussia', 'dataViaRussia', 'telecomViaRussia'] as const) {
    if (typeof footprint[flag] !== 'boolean') throw new ScoringParameterError(flag, 'must be true or false', footprint[flag]);
  }
}

/** Region groups a footprint's sites fall in. */
export function footprintRegionGroups(footprint: Pick<Footprint, 'siteRegions'>): Set<SiteRegionGroup> {
  const groups = new Set<SiteRegionGroup>();
  for (const key of footprint.siteRegions) for (const g of SITE_REGIONS.find((r) => r.key === key)?.groups ?? []) groups.add(g);
  return groups;
}

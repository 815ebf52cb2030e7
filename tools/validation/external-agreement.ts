/**
 * Agreement with external ratings (external-ratings.csv), by direction and order — never fitted.
 * The ratings measure sovereign credit or overall political risk, not exposure to Russian-linked
 * risk, so only the direction of moves and the rough level are compared.
 */
import { addDays, type CompactIndexSeries } from '../../libs/scoring/src';
import { meanOver, round, spearman } from './stats';

/** Rating actions that say which way risk moved (read from the CSV rows; the reading is ours). */
export const DIRECTIONAL_ACTIONS: readonly { date: string; rater: string; action: string; riskDirection: 1 | -1 }[] = [
  { date: '2015-02-09', rater: 'S&P', action: 'downgrade BBB+ → BBB, outlook negative', riskDirection: 1 },
  { date: '2017-09-08', rater: 'S&P', action: 'outlook negative → stable (BBB−)', riskDirection: -1 },
  { date: '2019-08-22', rater: "Moody's", action: 'Baa3 affirmed, outlook to positive', riskDirection: -1 },
  { date: '2022-09-02', rater: 'S&P', action: 'outlook stable → negative, citing CPC', riskDirection: 1 },
  { date: '2023-10-27', rater: "Moody's", action: 'outlook to positive', riskDirection: -1 },
  { date: '2024-07-01', rater: "Moody's", action: 'raised one notch (2024; day not in the source: mid-year used)', riskDirection: -1 },
];

/**
 * Sovereign credit risk in force at each year end, on one notch scale (BBB+ = 8, BBB = 9, BBB− / Baa3 = 10;
 * negative outlook +⅓, positive −⅓), from the latest action of S&P, Moody's or Fitch in the CSV.
 */
export const CREDIT_RISK_BY_YEAR: Readonly<Record<number, number>> = {
  2015: 9 + 1 / 3,
  2016: 9 + 1 / 3,
  2017: 10,
  2018: 10,
  2019: 10 - 1 / 3,
  2020: 10,
  2021: 9,
  2022: 10 + 1 / 3,
  2023: 9,
  2024: 8,
  2025: 8,
};

export interface AgreementResult {
  readonly directional: {
    date: string;
    rater: string;
    action: string;
    riskDirection: number;
    v1Change: number | null;
    v2Change: number | null;
    v1Agrees: boolean;
    v2Agrees: boolean;
  }[];
  readonly directionAgreement: { v1: string; v2: string };
  readonly spearmanYearlyVsCreditRisk: { v1: number | null; v2: number | null; years: number[] };
  readonly wtwLevel: { period: string; wtw: number; v1: number | null; v2: number | null }[];
  readonly notes: string[];
}

export function externalAgreement(v1: CompactIndexSeries, v2: CompactIndexSeries): AgreementResult {
  const change = (index: CompactIndexSeries, date: string) =>
    meanOver(index.values, index.from, addDays(date, -90), date) -
    meanOver(index.values, index.from, addDays(date, -455), addDays(date, -365));
  const directional = DIRECTIONAL_ACTIONS.map((a) => {
    const c1 = change(v1, a.date);
    const c2 = change(v2, a.date);
    return {
      ...a,
      v1Change: round(c1),
      v2Change: round(c2),
      v1Agrees: Math.sign(c1) === a.riskDirection,
      v2Agrees: Math.sign(c2) === a.riskDirection,
    };
  });
  const count = (key: 'v1Agrees' | 'v2Agrees') => `${directional.filter((d) => d[key]).length}/${directional.length}`;
  const years = Object.keys(CREDIT_RISK_BY_YEAR).map(Number);
  const yearly = (index: CompactIndexSeries) => years.map((y) => meanOver(index.values, index.from, `${y}-01-01`, `${y}-12-31`));
  const credit = years.map((y) => CREDIT_RISK_BY_YEAR[y]);
  return {
    directional,
    directionAgreement: { v1: count('v1Agrees'), v2: count('v2Agrees') },
    spearmanYearlyVsCreditRisk: { v1: round(spearman(yearly(v1), credit), 2), v2: round(spearman(yearly(v2), credit), 2), years },
    wtwLevel: [
      {
        period: '2024-H2',
        wtw: 48,
        v1: round(meanOver(v1.values, v1.from, '2024-07-01', '2024-12-31')),
        v2: round(meanOver(v2.values, v2.from, '2024-07-01', '2024-12-31')),
      },
      {
        period: '2025-H1',
        wtw: 48,
        v1: round(meanOver(v1.values, v1.from, '2025-01-01', '2025-06-30')),
        v2: round(meanOver(v2.values, v2.from, '2025-01-01', '2025-06-30')),
      },
    ],
    notes: [
      'Direction: the index mean over the 90 days before an action minus its mean over the same 90 days a year earlier; agreement when the sign matches the action (downgrade / negative outlook = risk up).',
      'Spearman: yearly index means against the sovereign credit risk in force at year end (n = 11). Credit ratings weigh fiscal buffers and oil prices, which this index does not measure; a low or negative value is expected and is not used to tune anything.',
      'Level: WTW scored Kazakhstan 48/100 (Medium) in 2024-H2 and 2025-H1; OECD puts it in category 5 of 7 (2019, 2022). The index measures exposure to Russian-linked risk and is not fitted to either.',
    ],
  };
}

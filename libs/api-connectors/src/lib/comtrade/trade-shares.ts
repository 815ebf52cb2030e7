import type { ComtradePartner } from '../settings/connector-settings';
import type { ComtradeFlow } from './comtrade-response';

/** One partner's share of total trade in one year, in percent. */
export interface TradeShare {
  readonly year: number;
  readonly partner: ComtradePartner;
  readonly sharePercent: number;
}

/**
 * share = (imports from + exports to the partner) / (imports from + exports to the World) · 100,
 * rounded to 2 decimals. A share is only computed when all four values exist: a share from one
 * flow, or against a partial World total, would be a wrong number, so those years are reported
 * as warnings instead. Years without any World figure are not published yet.
 */
export function computeTradeShares(
  flows: readonly ComtradeFlow[],
  partners: readonly ComtradePartner[],
  worldCode: number,
  years: readonly number[],
): { shares: TradeShare[]; warnings: string[] } {
  const value = (year: number, partner: number, flow: 'M' | 'X') =>
    flows.find((f) => f.year === year && f.partnerCode === partner && f.flowCode === flow)?.primaryValue;
  const shares: TradeShare[] = [];
  const warnings: string[] = [];
  const unpublished: number[] = [];

  for (const year of years) {
    const worldM = value(year, worldCode, 'M');
    const worldX = value(year, worldCode, 'X');
    if (worldM === undefined && worldX === undefined) {
      if (flows.some((f) => f.year === year)) warnings.push(`${year}: World totals missing, no shares computed`);
      else unpublished.push(year);
      continue;
    }
    if (worldM === undefined || worldX === undefined) {
      warnings.push(`${year}: World ${worldM === undefined ? 'imports' : 'exports'} missing, no shares computed`);
      continue;
    }
    const worldTotal = worldM + worldX;
    if (worldTotal <= 0) {
      warnings.push(`${year}: World total is zero, no shares computed`);
      continue;
    }
    for (const partner of partners) {
      const m = value(year, partner.code, 'M');
      const x = value(year, partner.code, 'X');
      if (m === undefined || x === undefined) {
        if (m !== undefined || x !== undefined) {
          warnings.push(`${year}: ${partner.name} ${m === undefined ? 'imports' : 'exports'} missing, share not computed`);
        } else {
          warnings.push(`${year}: no trade reported with ${partner.name}, share not computed`);
        }
        continue;
      }
      const sharePercent = Math.round(((m + x) / worldTotal) * 100 * 100) / 100;
      if (sharePercent > 100) {
        warnings.push(`${year}: ${partner.name} trade exceeds the World total, share not computed`);
        continue;
      }
      shares.push({ year, partner, sharePercent });
    }
  }
  if (unpublished.length > 0) warnings.push(`no data yet for ${unpublished.join(', ')}`);
  return { shares, warnings };
}

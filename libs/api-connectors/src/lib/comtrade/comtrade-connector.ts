import type { ConnectorBatch, ConnectorHealth, FetchWindow, ObservationRecord } from '../model/connector';
import { MultiRequestConnector } from '../model/multi-request-connector';
import type { ComtradeSettings } from '../settings/connector-settings';
import { assertComtradeSettings } from '../settings/validate-settings';
import { dayOfInstant } from '@kem/scoring';
import { yearsOf } from '../util/fetch-window';
import { probeHealth } from '../util/health-probe';
import type { SubRequest } from '../util/sub-requests';
import { parseComtradeResponse } from './comtrade-response';
import { computeTradeShares } from './trade-shares';

export const COMTRADE_SOURCE_NAME = 'UN Comtrade';

/**
 * The request URL: annual goods trade, HS, all commodities, imports and exports, the reporter
 * with every configured partner and the World. Public preview without a key; the keyed endpoint
 * with one (the key travels in a header, never in this URL, which is logged and stored).
 */
export function buildComtradeUrl(
  settings: Pick<ComtradeSettings, 'baseUrl' | 'subscriptionKey' | 'reporterCode' | 'worldPartnerCode' | 'partners'>,
  years: readonly number[],
): string {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const path = settings.subscriptionKey === null ? '/public/v1/preview/C/A/HS' : '/data/v1/get/C/A/HS';
  const partners = [...settings.partners.map((p) => p.code), settings.worldPartnerCode].join(',');
  return `${base}${path}?reporterCode=${settings.reporterCode}&partnerCode=${partners}&period=${years.join(',')}&cmdCode=TOTAL&flowCode=M,X`;
}

/**
 * UN Comtrade trade shares: per year, each partner's share of the reporter's total goods trade,
 * (M + X with the partner) / (M + X with the World) · 100, as observations dated 31 December.
 * Kazakhstan (398) reports; by default Russia's share is the `trade_russia` metric series and
 * China's a context series. Long windows are split into requests of `maxPeriodsPerRequest` years.
 */
export class ComtradeConnector extends MultiRequestConnector<ComtradeSettings> {
  readonly key = 'comtrade';
  readonly name = 'UN Comtrade trade shares';

  protected requestsFor(window: FetchWindow): SubRequest[] {
    const years = yearsOf(window);
    const chunks: number[][] = [];
    for (let i = 0; i < years.length; i += this.settings.maxPeriodsPerRequest) {
      chunks.push(years.slice(i, i + this.settings.maxPeriodsPerRequest));
    }
    return chunks.map((chunk) => ({
      label: chunk.length === 1 ? `year ${chunk[0]}` : `years ${chunk[0]}–${chunk[chunk.length - 1]}`,
      run: () => this.fetchYears(chunk),
    }));
  }

  async health(): Promise<ConnectorHealth> {
    return probeHealth(this.transport.clock, async () => {
      // Annual data arrive with a lag of a year or more; two years back is usually published.
      const year = Number(dayOfInstant(this.transport.clock.now()).slice(0, 4)) - 2;
      const { response, parsed } = await this.request([year], 1);
      return `answered HTTP ${response.status} with ${parsed.flows.length} total(s) for ${year}`;
    });
  }

  private async fetchYears(years: number[]): Promise<ConnectorBatch> {
    const { response, parsed } = await this.request(years);
    const { shares, warnings } = computeTradeShares(parsed.flows, this.settings.partners, this.settings.worldPartnerCode, years);
    const observations = shares.map(
      (share): ObservationRecord => ({
        indicatorKey: share.partner.indicatorKey,
        series: share.partner.series,
        date: `${share.year}-12-31`,
        value: share.sharePercent,
        unit: '%',
        sourceName: COMTRADE_SOURCE_NAME,
        sourceUrl: response.url,
      }),
    );
    return { observations, draftEvents: [], warnings: [...parsed.warnings, ...warnings] };
  }

  private async request(years: number[], maxAttempts?: number) {
    const url = buildComtradeUrl(this.settings, years);
    const headers: Record<string, string> =
      this.settings.subscriptionKey === null ? {} : { 'Ocp-Apim-Subscription-Key': this.settings.subscriptionKey };
    const response = await this.get(url, { headers, maxAttempts });
    const parsed = parseComtradeResponse(response, {
      reporterCode: this.settings.reporterCode,
      partnerCodes: [...this.settings.partners.map((p) => p.code), this.settings.worldPartnerCode],
      years,
    });
    return { response, parsed };
  }

  protected assertSettings(settings: ComtradeSettings): void {
    assertComtradeSettings(settings);
  }
}

import type { ConnectorHealth, FetchWindow, ObservationRecord } from '../model/connector';
import { SourceFormatError } from '../model/errors';
import { MultiRequestConnector } from '../model/multi-request-connector';
import type { WorldBankIndicator, WorldBankSettings } from '../settings/connector-settings';
import { assertWorldBankSettings } from '../settings/validate-settings';
import { yearsOf } from '../util/fetch-window';
import { probeHealth } from '../util/health-probe';
import type { SubRequest } from '../util/sub-requests';
import { parseWorldBankPage } from './worldbank-response';

export const WORLD_BANK_SOURCE_NAME = 'World Bank WDI';

/** The request URL for one page of an indicator over a year range (`date=2014:2024`) or `mrv=1`. */
export function buildWorldBankUrl(
  settings: Pick<WorldBankSettings, 'baseUrl' | 'countryCode' | 'perPage'>,
  indicatorId: string,
  years: { from: number; to: number } | 'latest',
  page = 1,
): string {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const range = years === 'latest' ? 'mrv=1' : `date=${years.from}:${years.to}`;
  return `${base}/country/${encodeURIComponent(settings.countryCode)}/indicator/${encodeURIComponent(indicatorId)}?format=json&${range}&per_page=${settings.perPage}&page=${page}`;
}

/**
 * World Bank Indicators API: one annual context series per configured WDI indicator, dated
 * 31 December of each year the window touches. Follows pagination; skips null values; a World
 * Bank error array, markup or unexpected rows are a `SourceFormatError` for that indicator.
 */
export class WorldBankConnector extends MultiRequestConnector<WorldBankSettings> {
  readonly key = 'worldbank';
  readonly name = 'World Bank indicators';

  protected requestsFor(window: FetchWindow): SubRequest[] {
    const years = yearsOf(window);
    const range = { from: years[0], to: years[years.length - 1] };
    return this.settings.indicators.map((indicator) => ({
      label: `indicator ${indicator.id}`,
      run: async () => ({ observations: await this.fetchIndicator(indicator, range), draftEvents: [], warnings: [] }),
    }));
  }

  async health(): Promise<ConnectorHealth> {
    return probeHealth(this.transport.clock, async () => {
      const indicator = this.settings.indicators[0];
      const url = buildWorldBankUrl(this.settings, indicator.id, 'latest');
      const response = await this.get(url, { maxAttempts: 1 });
      const page = parseWorldBankPage(response, indicator.id, this.settings.countryCode);
      return `${indicator.id} answered (${page.total} value(s))`;
    });
  }

  private async fetchIndicator(indicator: WorldBankIndicator, years: { from: number; to: number }): Promise<ObservationRecord[]> {
    const observations: ObservationRecord[] = [];
    const seenYears = new Set<number>();
    let pages = 1;
    for (let page = 1; page <= pages; page++) {
      const url = buildWorldBankUrl(this.settings, indicator.id, years, page);
      const response = await this.get(url);
      const parsed = parseWorldBankPage(response, indicator.id, this.settings.countryCode);
      if (page === 1) pages = parsed.pages;
      const fail = (reason: string) => new SourceFormatError(this.key, url, reason);
      if (parsed.page !== page && !(parsed.total === 0 && page === 1)) throw fail(`asked for page ${page}, got page ${parsed.page}`);
      if (parsed.pages !== pages) throw fail(`page count changed from ${pages} to ${parsed.pages} while paginating`);
      if (pages > this.settings.maxPages) throw fail(`${pages} pages exceed the limit of ${this.settings.maxPages}`);
      for (const row of parsed.rows) {
        if (seenYears.has(row.year)) throw fail(`year ${row.year} appears twice`);
        seenYears.add(row.year);
        if (row.value === null || row.year < years.from || row.year > years.to) continue;
        observations.push({
          indicatorKey: indicator.indicatorKey,
          series: indicator.series,
          date: `${row.year}-12-31`,
          value: row.value,
          unit: indicator.unit,
          sourceName: WORLD_BANK_SOURCE_NAME,
          sourceUrl: url,
        });
      }
    }
    return observations.sort((a, b) => a.date.localeCompare(b.date));
  }

  protected assertSettings(settings: WorldBankSettings): void {
    assertWorldBankSettings(settings);
  }
}

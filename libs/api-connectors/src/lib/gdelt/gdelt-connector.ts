import type { ConnectorHealth, FetchWindow } from '../model/connector';
import { MultiRequestConnector } from '../model/multi-request-connector';
import type { GdeltQuery, GdeltSettings } from '../settings/connector-settings';
import { assertGdeltSettings } from '../settings/validate-settings';
import { addDays, dayOfInstant } from '@kem/scoring';
import { probeHealth } from '../util/health-probe';
import type { SubRequest } from '../util/sub-requests';
import { isGdeltThrottleAnswer, parseGdeltTimeline, type GdeltTimelineResult } from './gdelt-response';

/** The timelinevol request URL for a query over whole days of the window (UTC). */
export function buildGdeltTimelineUrl(baseUrl: string, query: string, window: FetchWindow): string {
  const url = new URL(baseUrl);
  url.searchParams.set('query', query);
  url.searchParams.set('mode', 'timelinevol');
  url.searchParams.set('format', 'json');
  url.searchParams.set('startdatetime', `${window.from.replaceAll('-', '')}000000`);
  url.searchParams.set('enddatetime', `${window.to.replaceAll('-', '')}235959`);
  return url.toString();
}

/**
 * GDELT DOC 2.0 news attention: one timelinevol request per configured topic query, each giving
 * a daily `gdelt_news_volume` series (% of monitored articles) for its indicator. Requests are
 * spaced by `minIntervalMs` (GDELT asks for one every 5 s); a throttling answer, even with
 * HTTP 200, is retried and then raised as `SourceThrottledError`, never read as "no data".
 * GDELT officially serves only the most recent 3 months of articles.
 */
export class GdeltConnector extends MultiRequestConnector<GdeltSettings> {
  readonly key = 'gdelt';
  readonly name = 'GDELT news attention';

  protected requestsFor(window: FetchWindow): SubRequest[] {
    return this.settings.queries.map((query) => ({
      label: `query ${query.query} (${query.indicatorKey})`,
      run: async () => ({ ...(await this.fetchQuery(query, window)), draftEvents: [] }),
    }));
  }

  async health(): Promise<ConnectorHealth> {
    return probeHealth(this.transport.clock, async () => {
      const today = dayOfInstant(this.transport.clock.now());
      const query = this.settings.queries[0];
      const result = await this.fetchQuery(query, { from: addDays(today, -2), to: today }, 1);
      return `timelinevol answered for "${query.query}" (${result.observations.length} days)`;
    });
  }

  private async fetchQuery(query: GdeltQuery, window: FetchWindow, maxAttempts?: number): Promise<GdeltTimelineResult> {
    const url = buildGdeltTimelineUrl(this.settings.baseUrl, query.query, window);
    const response = await this.get(url, { maxAttempts, isThrottled: isGdeltThrottleAnswer });
    return parseGdeltTimeline(response, query, window);
  }

  protected assertSettings(settings: GdeltSettings): void {
    assertGdeltSettings(settings);
  }
}

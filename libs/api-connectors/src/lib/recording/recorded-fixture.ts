import { parseComtradeResponse } from '../comtrade/comtrade-response';
import { parseGdeltTimeline } from '../gdelt/gdelt-response';
import type { FetchWindow } from '../model/connector';
import { ConnectorError } from '../model/errors';
import { parseFeed } from '../rss/feed-parser';
import type { GdeltQuery } from '../settings/connector-settings';
import { parseWorldBankPage } from '../worldbank/worldbank-response';

/** Name of the manifest `tools/record-connector-fixtures.ts` writes next to the fixture folders. */
export const RECORDED_MANIFEST_FILE = 'recorded-manifest.json';

/** Which parser a recorded response goes through, with what it was requested for. */
export type RecordedParse =
  | { readonly kind: 'gdelt'; readonly query: GdeltQuery; readonly window: FetchWindow }
  | { readonly kind: 'worldbank'; readonly indicatorId: string; readonly countryCode: string }
  | {
      readonly kind: 'comtrade';
      readonly reporterCode: number;
      readonly partnerCodes: readonly number[];
      readonly years: readonly number[];
    }
  | { readonly kind: 'feed'; readonly feedName: string };

/** One recorded response: where it came from and what the parsers made of it when recorded. */
export interface RecordedFixture {
  /** Path under src/fixtures, e.g. `gdelt/recorded-csto_military.json`. */
  readonly file: string;
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly recordedAt: string;
  readonly parse: RecordedParse;
  /** `ok: <n> record(s)` or `error: <ConnectorError class>`, as `replayRecorded` reports it. */
  readonly outcome: string;
  /**
   * For a response recorded by someone else and committed to a public repository: where it was
   * taken from. Absent for responses recorded by `tools/record-connector-fixtures.ts`.
   */
  readonly origin?: RecordedOrigin;
}

/** A public repository file holding a real recorded response, pinned to a commit. */
export interface RecordedOrigin {
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
  /** How the body was taken out of the file (cassette, mock, sample) and what was trimmed. */
  readonly note: string;
}

/**
 * Runs a recorded body through its connector's parser and summarises the result, so the fixture
 * test can check that parsers still read real responses the way they did when recorded.
 * Errors other than `ConnectorError` are bugs and propagate.
 */
export function replayRecorded(entry: Omit<RecordedFixture, 'outcome' | 'recordedAt'>, body: string): string {
  const response = { url: entry.url, status: entry.status, contentType: entry.contentType, body };
  try {
    const count = (() => {
      const parse = entry.parse;
      switch (parse.kind) {
        case 'gdelt':
          return parseGdeltTimeline(response, parse.query, parse.window).observations.length;
        case 'worldbank':
          return parseWorldBankPage(response, parse.indicatorId, parse.countryCode).rows.length;
        case 'comtrade':
          return parseComtradeResponse(response, parse).flows.length;
        case 'feed':
          return parseFeed('rss', response).items.length;
      }
    })();
    return `ok: ${count} record(s)`;
  } catch (error) {
    if (error instanceof ConnectorError) return `error: ${error.name}`;
    throw error;
  }
}

/**
 * Records fresh connector fixtures from the real endpoints, with the default settings. Needs the
 * internet (the development machines have none):
 *   node -r @swc-node/register tools/record-connector-fixtures.ts [gdelt] [worldbank] [comtrade] [rss]
 * Writes each raw response body to libs/api-connectors/src/fixtures/<source>/recorded-*.<ext>
 * and lists them in libs/api-connectors/src/fixtures/recorded-manifest.json, together with what
 * the parsers made of them; the recorded-fixtures test replays them offline and checks that the
 * parsers still read them the same way. Error answers (throttling, HTML) are recorded too: they
 * are fixtures as well. GDELT's one-request-per-5-s rule is kept by the shared transport.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_CONNECTOR_SETTINGS,
  HttpTransport,
  buildComtradeUrl,
  buildGdeltTimelineUrl,
  buildWorldBankUrl,
  parseWorldBankPage,
  type HttpResponse,
} from '../libs/api-connectors/src';
import {
  RECORDED_MANIFEST_FILE,
  replayRecorded,
  type RecordedFixture,
  type RecordedParse,
} from '../libs/api-connectors/src/lib/recording/recorded-fixture';
import { addDays, dayOfInstant } from '../libs/scoring/src';

const FIXTURES_DIR = join(__dirname, '..', 'libs', 'api-connectors', 'src', 'fixtures');
const settings = DEFAULT_CONNECTOR_SETTINGS;
const logger = { log: (m: string) => console.log(m), warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };
const transport = new HttpTransport(settings.http, logger);
const manifest: RecordedFixture[] = [];
let failures = 0;

const today = dayOfInstant(new Date());
const daysAgo = (n: number) => addDays(today, -n);
const thisYear = Number(today.slice(0, 4));
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function extensionOf(response: HttpResponse, fallback: string): string {
  if (/json/i.test(response.contentType)) return 'json';
  if (/html/i.test(response.contentType)) return 'html';
  if (/xml|rss|atom/i.test(response.contentType)) return 'xml';
  if (/text\/plain/i.test(response.contentType)) return 'txt';
  return fallback;
}

/** GETs a URL and records whatever comes back; transport failures are reported, not recorded. */
async function record(
  source: string,
  name: string,
  url: string,
  parse: RecordedParse,
  options: { fallbackExt: string; headers?: Record<string, string>; minIntervalMs?: number },
): Promise<HttpResponse | null> {
  let response: HttpResponse;
  try {
    response = await transport.get(url, { source, headers: options.headers, minIntervalMs: options.minIntervalMs });
  } catch (error) {
    failures++;
    console.error(`✗ ${source} ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const file = `${source}/recorded-${name}.${extensionOf(response, options.fallbackExt)}`;
  mkdirSync(dirname(join(FIXTURES_DIR, file)), { recursive: true });
  writeFileSync(join(FIXTURES_DIR, file), response.body);
  const entry = { file, url, status: response.status, contentType: response.contentType, parse };
  const outcome = replayRecorded(entry, response.body);
  manifest.push({ ...entry, recordedAt: new Date().toISOString(), outcome });
  console.log(`✓ ${file} (HTTP ${response.status}, ${response.body.length} chars): ${outcome}`);
  return response;
}

async function recordGdelt(): Promise<void> {
  const window = { from: daysAgo(30), to: daysAgo(1) };
  for (const query of settings.gdelt.queries) {
    const url = buildGdeltTimelineUrl(settings.gdelt.baseUrl, query.query, window);
    await record(
      'gdelt',
      query.indicatorKey,
      url,
      { kind: 'gdelt', query, window },
      { fallbackExt: 'txt', minIntervalMs: settings.gdelt.minIntervalMs },
    );
  }
}

async function recordWorldBank(): Promise<void> {
  const { countryCode } = settings.worldbank;
  for (const indicator of settings.worldbank.indicators) {
    const parse: RecordedParse = { kind: 'worldbank', indicatorId: indicator.id, countryCode };
    let pages = 1;
    for (let page = 1; page <= pages && page <= settings.worldbank.maxPages; page++) {
      const url = buildWorldBankUrl(settings.worldbank, indicator.id, { from: 2014, to: thisYear }, page);
      const response = await record('worldbank', `${slug(indicator.id)}-p${page}`, url, parse, {
        fallbackExt: 'json',
        minIntervalMs: settings.worldbank.minIntervalMs,
      });
      if (response === null) break;
      try {
        pages = parseWorldBankPage(response, indicator.id, countryCode).pages;
      } catch {
        break; // recorded as an error fixture; nothing more to follow
      }
    }
  }
}

async function recordComtrade(): Promise<void> {
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 6 + i);
  const preview = { ...settings.comtrade, subscriptionKey: null };
  const url = buildComtradeUrl(preview, years);
  const partnerCodes = [...preview.partners.map((p) => p.code), preview.worldPartnerCode];
  await record(
    'comtrade',
    `kaz-${years[0]}-${years[years.length - 1]}`,
    url,
    { kind: 'comtrade', reporterCode: preview.reporterCode, partnerCodes, years },
    { fallbackExt: 'json', minIntervalMs: preview.minIntervalMs },
  );
}

async function recordFeeds(): Promise<void> {
  for (const feed of settings.rss.feeds) {
    await record(
      'rss',
      slug(feed.name),
      feed.url,
      { kind: 'feed', feedName: feed.name },
      { fallbackExt: 'xml', minIntervalMs: settings.rss.minIntervalMs },
    );
  }
}

async function main(): Promise<void> {
  const recorders: Record<string, () => Promise<void>> = {
    gdelt: recordGdelt,
    worldbank: recordWorldBank,
    comtrade: recordComtrade,
    rss: recordFeeds,
  };
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in recorders));
  if (unknown.length > 0) throw new Error(`Unknown source(s): ${unknown.join(', ')} (choose from ${Object.keys(recorders).join(', ')})`);
  const sources = chosen.length > 0 ? chosen : Object.keys(recorders);
  for (const name of sources) await recorders[name]();

  if (manifest.length > 0) {
    // Keep earlier entries of the sources not recorded in this run.
    const manifestPath = join(FIXTURES_DIR, RECORDED_MANIFEST_FILE);
    const earlier = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as RecordedFixture[]) : [];
    const kept = earlier.filter((entry) => !sources.includes(entry.file.split('/')[0]));
    writeFileSync(manifestPath, `${JSON.stringify([...kept, ...manifest], null, 2)}\n`);
  }
  console.log(`\n${manifest.length} response(s) recorded on ${today}, ${failures} request(s) failed. Review the files before committing.`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

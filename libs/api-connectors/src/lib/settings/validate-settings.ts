import { ConnectorSettingsError } from '../model/errors';
import type { HttpSettings } from '../http/http-transport';
import type { ComtradeSettings, GdeltSettings, RssSettings, WorldBankSettings } from './connector-settings';

/** Problems with a settings section, as readable lines; empty when usable. */
type Problems = string[];

function checkUrl(problems: Problems, name: string, value: unknown): void {
  let ok = false;
  try {
    ok = typeof value === 'string' && ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    ok = false;
  }
  if (!ok) problems.push(`${name} must be an http(s) URL (got ${JSON.stringify(value)})`);
}

function checkInteger(problems: Problems, name: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    problems.push(`${name} must be an integer ≥ ${min} (got ${JSON.stringify(value)})`);
  }
}

/** Each named setting must be an integer ≥ its minimum. */
function checkIntegers<S extends object>(problems: Problems, settings: S, minimums: { [K in keyof S]?: number }): void {
  for (const [name, min] of Object.entries(minimums) as [keyof S & string, number][]) checkInteger(problems, name, settings[name], min);
}

function checkText(problems: Problems, name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${name} must be a non-empty string`);
}

function checkUniqueSeries(problems: Problems, name: string, items: readonly { indicatorKey: string; series: string }[]): void {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    checkText(problems, `${name}[${i}].indicatorKey`, item.indicatorKey);
    checkText(problems, `${name}[${i}].series`, item.series);
    const id = `${item.indicatorKey}/${item.series}`;
    if (seen.has(id)) problems.push(`${name}[${i}] repeats the series ${id}`);
    seen.add(id);
  }
}

function throwIfAny(connectorKey: string, problems: Problems): void {
  if (problems.length > 0) throw new ConnectorSettingsError(connectorKey, problems);
}

/** Throws `ConnectorSettingsError` listing every problem with the HTTP settings. */
export function assertHttpSettings(settings: HttpSettings): void {
  const problems: Problems = [];
  checkText(problems, 'userAgent', settings.userAgent);
  checkIntegers(problems, settings, {
    timeoutMs: 1,
    maxAttempts: 1,
    backoffBaseMs: 0,
    backoffMaxMs: 0,
    maxRetryAfterMs: 0,
    defaultMinIntervalMs: 0,
  });
  throwIfAny('http', problems);
}

/** Throws `ConnectorSettingsError` listing every problem with the GDELT settings. */
export function assertGdeltSettings(settings: GdeltSettings): void {
  const problems: Problems = [];
  checkUrl(problems, 'baseUrl', settings.baseUrl);
  checkInteger(problems, 'minIntervalMs', settings.minIntervalMs, 0);
  if (settings.queries.length === 0) problems.push('queries must not be empty');
  settings.queries.forEach((q, i) => checkText(problems, `queries[${i}].query`, q.query));
  checkUniqueSeries(problems, 'queries', settings.queries);
  throwIfAny('gdelt', problems);
}

/** Throws `ConnectorSettingsError` listing every problem with the World Bank settings. */
export function assertWorldBankSettings(settings: WorldBankSettings): void {
  const problems: Problems = [];
  checkUrl(problems, 'baseUrl', settings.baseUrl);
  if (!/^[A-Z]{3}$/.test(settings.countryCode)) problems.push('countryCode must be an ISO3 code such as KAZ');
  checkIntegers(problems, settings, { perPage: 1, maxPages: 1, minIntervalMs: 0 });
  if (settings.indicators.length === 0) problems.push('indicators must not be empty');
  settings.indicators.forEach((ind, i) => {
    if (!/^[A-Za-z0-9._]+$/.test(ind.id)) problems.push(`indicators[${i}].id must be a WDI id such as NE.TRD.GNFS.ZS`);
    checkText(problems, `indicators[${i}].unit`, ind.unit);
  });
  checkUniqueSeries(problems, 'indicators', settings.indicators);
  throwIfAny('worldbank', problems);
}

/** Throws `ConnectorSettingsError` listing every problem with the Comtrade settings. */
export function assertComtradeSettings(settings: ComtradeSettings): void {
  const problems: Problems = [];
  checkUrl(problems, 'baseUrl', settings.baseUrl);
  checkIntegers(problems, settings, { reporterCode: 1, worldPartnerCode: 0, maxPeriodsPerRequest: 1, minIntervalMs: 0 });
  if (settings.partners.length === 0) problems.push('partners must not be empty');
  settings.partners.forEach((p, i) => {
    checkInteger(problems, `partners[${i}].code`, p.code, 1);
    if (p.code === settings.worldPartnerCode) problems.push(`partners[${i}] is the World aggregate`);
  });
  checkUniqueSeries(problems, 'partners', settings.partners);
  if (settings.subscriptionKey !== null) checkText(problems, 'subscriptionKey', settings.subscriptionKey);
  throwIfAny('comtrade', problems);
}

/** Throws `ConnectorSettingsError` listing every problem with the RSS settings. */
export function assertRssSettings(settings: RssSettings): void {
  const problems: Problems = [];
  if (settings.feeds.length === 0) problems.push('feeds must not be empty');
  settings.feeds.forEach((feed, i) => {
    checkText(problems, `feeds[${i}].name`, feed.name);
    checkUrl(problems, `feeds[${i}].url`, feed.url);
    if (feed.relevanceKeywords !== null && feed.relevanceKeywords.length === 0) {
      problems.push(`feeds[${i}].relevanceKeywords must be null or non-empty`);
    }
  });
  if (settings.keywordRules.length === 0) problems.push('keywordRules must not be empty');
  settings.keywordRules.forEach((rule, i) => {
    checkText(problems, `keywordRules[${i}].indicatorKey`, rule.indicatorKey);
    if (rule.keywords.length === 0) problems.push(`keywordRules[${i}].keywords must not be empty`);
  });
  checkIntegers(problems, settings, { summaryMaxChars: 40, minIntervalMs: 0 });
  throwIfAny('rss', problems);
}

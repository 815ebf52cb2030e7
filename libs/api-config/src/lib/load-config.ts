import { CronTime } from 'cron';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppConfig, LogLevelName, RssFeedConfig } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevelName[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every variable the API reads, with its default; .env.example documents the same list. */
export const CONFIG_VARIABLES = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'DB_PATH',
  'DATABASE_URL',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'LOG_LEVEL',
  'LOG_JSON',
  'SESSION_TTL_HOURS',
  'COOKIE_SECURE',
  'LOGIN_RATE_LIMIT',
  'LOGIN_RATE_WINDOW_SECONDS',
  'BODY_LIMIT_KB',
  'IMPORT_LIMIT_KB',
  'DASHBOARD_DIR',
  'SCHEDULES_ENABLED',
  'TRUST_PROXY',
  'SMTP_URL',
  'MAIL_FROM',
  'DIGEST_CHECK_CRON',
  'PUBLIC_URL',
  'CONNECTORS_CRON',
  'COMTRADE_SUBSCRIPTION_KEY',
  'CONNECTOR_CONTACT',
  'RSS_FEEDS',
  'KEM_NOW',
  'INSTANCE_ID',
  'DIGEST_CLAIM_LEASE_SECONDS',
  'PUBLIC_COUNTRY_INDEX',
] as const;

class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  text(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  flag(name: string, fallback: boolean): boolean {
    const raw = this.text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  cron(name: string, fallback: string): string {
    const raw = this.text(name) ?? fallback;
    try {
      new CronTime(raw);
    } catch (error) {
      this.problems.push(`${name} must be a cron expression such as "0 3 * * *" (${(error as Error).message})`);
    }
    return raw;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
}

/**
 * RSS_FEEDS: feeds separated by ';' or new lines, each `name|url`, or `name|url|general` for a world
 * feed read only for its items that mention Kazakhstan. Unset keeps the built-in list.
 */
function rssFeeds(read: EnvReader): RssFeedConfig[] | null {
  const raw = read.text('RSS_FEEDS');
  if (raw === undefined) return null;
  const feeds: RssFeedConfig[] = [];
  for (const entry of raw
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const [name = '', url = '', kind, ...rest] = entry.split('|').map((part) => part.trim());
    if (name === '' || !/^https?:\/\/\S+$/.test(url) || (kind !== undefined && kind !== 'general') || rest.length > 0) {
      read.problems.push(`RSS_FEEDS entries must read "name|https://…" or "name|https://…|general" (got "${entry}")`);
      continue;
    }
    feeds.push({ name, url, general: kind === 'general' });
  }
  return feeds;
}

function validClockStart(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(raw)) return false;
  const at = Date.parse(raw);
  return !Number.isNaN(at) && at >= Date.parse('2000-01-01') && at < Date.parse('2100-01-01');
}

/**
 * Reads and validates the configuration. `cwd` anchors relative paths; `appDir` is the folder of
 * the built API (dist/apps/api), next to which the built dashboard lives.
 */
export function loadConfig(env: Env, options: { cwd?: string; appDir?: string } = {}): AppConfig {
  const cwd = options.cwd ?? process.cwd();
  const read = new EnvReader(env);

  const databaseUrl = read.text('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) {
    read.problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const adminEmail = (read.text('ADMIN_EMAIL') ?? 'admin@localhost.localdomain').toLowerCase();
  if (!EMAIL.test(adminEmail)) read.problems.push(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);
  const adminPassword = read.text('ADMIN_PASSWORD') ?? null;
  if (adminPassword !== null && adminPassword.length < 12) {
    read.problems.push('ADMIN_PASSWORD must be at least 12 characters long');
  }
  const dashboardDir = read.text('DASHBOARD_DIR');
  const smtpUrl = read.text('SMTP_URL') ?? null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) read.problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const mailFrom = read.text('MAIL_FROM') ?? 'Kazakhstan Exposure Monitor <no-reply@localhost.localdomain>';
  if (/[\r\n]/.test(mailFrom) || !/@/.test(mailFrom))
    read.problems.push('MAIL_FROM must be one e-mail address, optionally with a display name');

  const clockStart = read.text('KEM_NOW') ?? null;
  if (clockStart !== null && !validClockStart(clockStart)) {
    read.problems.push(
      `KEM_NOW must be an ISO date or date-time between 2000 and 2100, e.g. 2028-12-03 or 2028-12-03T09:00:00Z (got "${clockStart}")`,
    );
  }

  const dataDir = resolve(cwd, read.text('DATA_DIR') ?? 'data');
  const config: AppConfig = {
    clockStart: clockStart !== null && validClockStart(clockStart) ? clockStart : null,
    port: read.integer('PORT', 3000, 0, 65535),
    host: read.text('HOST') ?? '0.0.0.0',
    dataDir,
    database:
      databaseUrl !== undefined
        ? { type: 'postgres', url: databaseUrl }
        : { type: 'sqlite', path: resolve(cwd, read.text('DB_PATH') ?? join(dataDir, 'kem.sqlite')) },
    admin: { email: adminEmail, password: adminPassword },
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    logJson: read.flag('LOG_JSON', true),
    session: {
      ttlHours: read.integer('SESSION_TTL_HOURS', 12, 1, 24 * 90),
      cookieSecure: read.flag('COOKIE_SECURE', false),
    },
    loginRateLimit: {
      attempts: read.integer('LOGIN_RATE_LIMIT', 10, 1, 10_000),
      windowSeconds: read.integer('LOGIN_RATE_WINDOW_SECONDS', 60, 1, 86_400),
    },
    bodyLimitBytes: read.integer('BODY_LIMIT_KB', 1024, 1, 100 * 1024) * 1024,
    importLimitBytes: read.integer('IMPORT_LIMIT_KB', 16 * 1024, 1, 100 * 1024) * 1024,
    dashboardDir:
      dashboardDir !== undefined
        ? resolve(cwd, dashboardDir)
        : options.appDir
          ? resolve(options.appDir, '..', 'dashboard', 'browser')
          : null,
    schedulesEnabled: read.flag('SCHEDULES_ENABLED', true),
    trustProxy: read.flag('TRUST_PROXY', false),
    publicCountryIndex: read.flag('PUBLIC_COUNTRY_INDEX', true),
    mail: {
      smtpUrl,
      from: mailFrom,
      checkCron: read.cron('DIGEST_CHECK_CRON', '*/5 * * * *'),
      claimLeaseSeconds: read.integer('DIGEST_CLAIM_LEASE_SECONDS', 60, 2, 3600),
    },
    publicUrl: '',
    instanceId: '',
    connectors: {
      cron: read.cron('CONNECTORS_CRON', '0 3 * * *'),
      comtradeKey: read.text('COMTRADE_SUBSCRIPTION_KEY') ?? null,
      contact: read.text('CONNECTOR_CONTACT') ?? null,
      rssFeeds: rssFeeds(read),
    },
  };

  const publicUrl = read.text('PUBLIC_URL') ?? `http://localhost:${config.port}`;
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(publicUrl)) read.problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  config.publicUrl = publicUrl.replace(/\/+$/, '');

  const instanceId = read.text('INSTANCE_ID') ?? `${hostname()}:${config.port}`.slice(0, 64);
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(instanceId))
    read.problems.push(`INSTANCE_ID must be 1 to 64 letters, digits or . _ : - (got "${instanceId}")`);
  config.instanceId = instanceId;

  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

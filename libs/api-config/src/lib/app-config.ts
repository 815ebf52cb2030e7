export type LogLevelName = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

/** The whole configuration of the API, read once from the environment at start-up. */
export interface AppConfig {
  /** KEM_NOW: the instant the API's clock starts at (tests, demos); null = system time. */
  clockStart: string | null;
  port: number;
  host: string;
  /** DATA_DIR: folder of the files the API keeps itself (the default SQLite database, a generated admin password). */
  dataDir: string;
  database: DatabaseConfig;
  /** First admin account; without a password one is generated and logged once. */
  admin: { email: string; password: string | null };
  logLevel: LogLevelName;
  /** Structured JSON log lines (true) or Nest's coloured text (false, for local reading). */
  logJson: boolean;
  session: { ttlHours: number; cookieSecure: boolean };
  loginRateLimit: { attempts: number; windowSeconds: number };
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Largest CSV file the import routes accept, in bytes (10,000 rows of events are several MB). */
  importLimitBytes: number;
  /** Folder holding the built dashboard (index.html); null serves no dashboard. */
  dashboardDir: string | null;
  schedulesEnabled: boolean;
  mail: {
    /** smtp:// or smtps:// URL of the SMTP server; null sends digests to the in-app outbox. */
    smtpUrl: string | null;
    /** From address of digests and alerts, e.g. "Kazakhstan Exposure Monitor <risk@example.com>". */
    from: string;
    /** How often due digests and alerts are looked for (cron, UTC). */
    checkCron: string;
    /** How long a claim on a delivery lasts unless its sender renews it (it does, every third of it, while alive). */
    claimLeaseSeconds: number;
  };
  /** Address of the dashboard as recipients reach it (links in e-mails). */
  publicUrl: string;
  connectors: {
    /** When every connector syncs (cron, UTC). */
    cron: string;
    /** UN Comtrade subscription key; without one the public preview endpoint is used. */
    comtradeKey: string | null;
    /** Contact address sent in the User-Agent, as polite API clients do. */
    contact: string | null;
    /** RSS_FEEDS: the news feeds to read instead of the built-in list; null keeps the built-in list. */
    rssFeeds: RssFeedConfig[] | null;
  };
  trustProxy: boolean;
  /** PUBLIC_COUNTRY_INDEX: the country index (/api/index…, indicator series) is readable without signing in. Footprints, scenarios and replays always need sign-in. */
  publicCountryIndex: boolean;
  /** Names this API instance among several on one database (claims, build leases); stable across its restarts. */
  instanceId: string;
}

/** One news feed of RSS_FEEDS. */
export interface RssFeedConfig {
  name: string;
  url: string;
  /** A general feed (world news): only its items that mention Kazakhstan are read. */
  general: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

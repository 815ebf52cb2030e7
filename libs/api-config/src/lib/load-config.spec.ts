import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { CONFIG_VARIABLES, loadConfig } from './load-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, { cwd: '/srv/kem' });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives the embedded defaults on an empty environment', () => {
    const config = loadConfig({}, { cwd: '/srv/kem', appDir: '/srv/kem/dist/apps/api' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'sqlite', path: '/srv/kem/data/kem.sqlite' });
    expect(config.dataDir).toBe('/srv/kem/data');
    expect(config.dashboardDir).toBe('/srv/kem/dist/apps/dashboard/browser');
    expect(config.admin).toEqual({ email: 'admin@localhost.localdomain', password: null });
    expect(config.schedulesEnabled).toBe(true);
    expect(config.mail.claimLeaseSeconds).toBe(60);
    expect(config.instanceId).toMatch(/^[A-Za-z0-9._-]+:3000$/);
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://kem@db:5432/kem' });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://kem@db:5432/kem' });
  });

  it('reads overrides', () => {
    const config = loadConfig(
      { PORT: '8080', DB_PATH: 'tmp/x.db', LOG_LEVEL: 'debug', COOKIE_SECURE: 'true', ADMIN_EMAIL: 'Risk@Example.com' },
      { cwd: '/srv/kem' },
    );
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ type: 'sqlite', path: '/srv/kem/tmp/x.db' });
    expect(config.dataDir).toBe('/srv/kem/data');
    expect(loadConfig({ DATA_DIR: '/var/lib/kem' }, { cwd: '/srv/kem' })).toMatchObject({
      dataDir: '/var/lib/kem',
      database: { type: 'sqlite', path: '/var/lib/kem/kem.sqlite' },
    });
    expect(config.logLevel).toBe('debug');
    expect(config.session.cookieSecure).toBe(true);
    expect(config.admin.email).toBe('risk@example.com');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE'],
    [{ ADMIN_EMAIL: 'not-an-email' }, 'ADMIN_EMAIL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ SESSION_TTL_HOURS: '0' }, 'SESSION_TTL_HOURS'],
    [{ CONNECTORS_CRON: '61 3 * * *' }, 'CONNECTORS_CRON'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'x@y.z\r\nBcc: all@example.com' }, 'MAIL_FROM'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
    [{ DIGEST_CLAIM_LEASE_SECONDS: '1' }, 'DIGEST_CLAIM_LEASE_SECONDS'],
    [{ INSTANCE_ID: 'api one' }, 'INSTANCE_ID'],
    [{ RSS_FEEDS: 'Eurasianet|eurasianet.org/feed' }, 'RSS_FEEDS'],
    [{ RSS_FEEDS: 'Eurasianet|https://eurasianet.org/feed|weekly' }, 'RSS_FEEDS'],
  ])('rejects %j naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable} `));
  });

  it('reads the news feeds from RSS_FEEDS, or keeps the built-in list', () => {
    expect(loadConfig({}).connectors.rssFeeds).toBeNull();
    const config = loadConfig({
      RSS_FEEDS: 'Eurasianet – Kazakhstan|https://eurasianet.org/feed;\n RFE/RL | https://www.rferl.org/api/x | general ;',
    });
    expect(config.connectors.rssFeeds).toEqual([
      { name: 'Eurasianet – Kazakhstan', url: 'https://eurasianet.org/feed', general: false },
      { name: 'RFE/RL', url: 'https://www.rferl.org/api/x', general: true },
    ]);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: '-1', LOG_LEVEL: 'x' })).toHaveLength(2);
  });

  it('has every variable documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });
});

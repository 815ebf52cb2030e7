import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../support/server';

const MAIN = resolve(__dirname, '../../dist/apps/api/main.js');

describe('start-up of the built server', () => {
  it('refuses to start on a bad variable and names it', () => {
    const run = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env['PATH'] ?? '', PORT: 'eighty', LOG_LEVEL: 'chatty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a whole number');
    expect(run.stderr).toContain('LOG_LEVEL must be one of');
  });

  it('prints its URL and, on the first start only, the generated admin password', async () => {
    const server = await startServer({ ADMIN_EMAIL: 'first@example.com' });
    try {
      // JSON lines for machines, and one plain banner line for people.
      const lines = server.logs
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: string; message: string });
      expect(lines.some((l) => /is running at http:\/\/127\.0\.0\.1:\d+\//.test(l.message))).toBe(true);
      const banner = server.logs.find((line) => line.startsWith('==> Kazakhstan Exposure Monitor is running at http://127.0.0.1:'));
      expect(banner).toBeDefined();
      const created = lines.find((l) => l.message.includes('generated password'));
      const password = created?.message.match(/generated password: (\S+)/)?.[1];
      expect(password).toBeDefined();
      // The password is also kept in a file only this user can read, named in the log and the banner.
      const file = created?.message.match(/also written to (\S+)/)?.[1] ?? '';
      expect(file).toMatch(/initial-admin-password\.txt$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toContain(`password: ${password}`);
      expect(banner).toContain(file);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'first@example.com', password }),
      });
      expect(login.status).toBe(200);

      // The overview's chunks are preloaded on the home page only; a deep link gets the same page without them.
      const home = await (await fetch(`${server.url}/`)).text();
      const report = await fetch(`${server.url}/report`);
      expect(home).toMatch(/<link rel="modulepreload" href="[^"]+" data-route="\/">/);
      expect(report.headers.get('content-type')).toMatch(/^text\/html/);
      const reportHtml = await report.text();
      expect(reportHtml).not.toContain('data-route=');
      expect(reportHtml).toBe(home.replace(/<link rel="modulepreload" href="[^"]+" data-route="\/">/g, ''));
    } finally {
      await server.stop();
    }
  });
});

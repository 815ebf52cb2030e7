import express from 'express';
import request from 'supertest';
import { securityHeaders } from './security-headers';

const appWith = (publicUrl: string, cookieSecure: boolean) => {
  const app = express();
  app.use(securityHeaders({ publicUrl, session: { ttlHours: 12, cookieSecure } }));
  app.get('/', (_req, res) => res.send('ok'));
  return app;
};

describe('security headers', () => {
  it('refuses framing the same way in X-Frame-Options and the CSP', async () => {
    const res = await request(appWith('http://localhost:3000', false)).get('/').expect(200);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends HSTS only when the deployment is HTTPS (https PUBLIC_URL or COOKIE_SECURE=true)', async () => {
    expect((await request(appWith('http://localhost:3000', false)).get('/')).headers['strict-transport-security']).toBeUndefined();
    expect((await request(appWith('https://risk.example.com', false)).get('/')).headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect((await request(appWith('http://localhost:3000', true)).get('/')).headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

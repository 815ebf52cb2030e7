import type { Request } from 'express';
import { crossSiteProblem, originOf } from './same-origin';

const request = (method: string, headers: Record<string, string>) =>
  ({
    method,
    headers,
    protocol: 'http',
    get: (name: string) => (name.toLowerCase() === 'host' ? 'kem.example:3000' : undefined),
  }) as unknown as Request;

describe('crossSiteProblem (cookie-authenticated requests)', () => {
  const allowed = ['https://risk.example.com'];

  it('lets reads through whatever their origin', () => {
    expect(crossSiteProblem(request('GET', { 'sec-fetch-site': 'cross-site' }), allowed)).toBeNull();
  });

  it('trusts Sec-Fetch-Site when a browser sends it: same-origin only', () => {
    expect(crossSiteProblem(request('POST', { 'sec-fetch-site': 'same-origin' }), allowed)).toBeNull();
    for (const site of ['same-site', 'cross-site', 'none'])
      expect(crossSiteProblem(request('PATCH', { 'sec-fetch-site': site, origin: 'http://kem.example:3000' }), allowed)).toMatch(
        /own pages/,
      );
  });

  it('otherwise needs an Origin of this host or of PUBLIC_URL', () => {
    expect(crossSiteProblem(request('DELETE', { origin: 'http://kem.example:3000' }), allowed)).toBeNull();
    expect(crossSiteProblem(request('POST', { origin: 'https://risk.example.com' }), allowed)).toBeNull();
    expect(crossSiteProblem(request('POST', { origin: 'https://evil.example' }), allowed)).toMatch(/not https:\/\/evil\.example/);
    expect(crossSiteProblem(request('POST', { origin: 'null' }), allowed)).toMatch(/Origin header/);
    expect(crossSiteProblem(request('POST', {}), allowed)).toMatch(/bearer token/);
  });

  it('reads the origin of PUBLIC_URL', () => {
    expect(originOf('https://Risk.Example.com/dashboard/')).toBe('https://risk.example.com');
    expect(originOf('not a url')).toBeNull();
  });
});

import { API_ROUTES } from '@kem/contracts';
import { declaredPath, ROUTES } from './routes';

describe('ROUTES: API_ROUTES as controllers declare them', () => {
  it('drops the /api prefix and keeps parameters as :name', () => {
    expect(ROUTES.events).toBe('events');
    expect(ROUTES.event).toBe('events/:id');
    expect(ROUTES.profileVersionRevert).toBe('profiles/:id/versions/:version/revert');
  });

  it('builds the same URL the pattern declares, parameters encoded', () => {
    expect(API_ROUTES.profileVersionRevert(3, 2)).toBe('/api/profiles/3/versions/2/revert');
    expect(API_ROUTES.indicatorSeries('a b')).toBe('/api/indicators/a%20b/series');
  });

  it('refuses a path outside the API', () => {
    expect(() => declaredPath('/elsewhere')).toThrow('is not under /api/');
  });
});

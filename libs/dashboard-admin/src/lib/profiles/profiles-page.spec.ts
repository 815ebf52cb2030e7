import { advance, refuse, renderPage, useFakeTimers } from '@kem/dashboard-core/testing';
import { aBuild, aProfile, aVersion, INDICATORS, PROFILES } from '../../testing/admin-fixtures';
import { BUILD_POLL_MS } from '../weights/build-progress';
import { ProfilesPage } from './profiles-page';

const ARCHIVED = aProfile({
  id: 3,
  slug: 'ngo-media',
  name: 'NGO & media',
  description: 'Foreign-funded organisations and media.',
  archived: true,
});

describe('ProfilesPage', () => {
  beforeEach(() => useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function open() {
    const { fixture, http, el, stable } = await renderPage(ProfilesPage, { providers: [{ provide: BUILD_POLL_MS, useValue: 10 }] });
    const list = http.expectOne((r) => r.url === '/api/profiles');
    expect(list.request.params.get('includeArchived')).toBe('true');
    list.flush([ARCHIVED, ...PROFILES]);
    http.expectOne('/api/indicators').flush(INDICATORS);
    await stable();
    return { fixture, http, el, stable };
  }

  const card = (el: HTMLElement, slug: string) => el.querySelector(`[data-profile=${slug}]`) as HTMLElement;
  const button = (root: ParentNode, text: string) =>
    Array.from(root.querySelectorAll('button, a')).find((b) => b.textContent?.trim() === text) as HTMLElement;
  const dialogForm = () => document.body.querySelector('mat-dialog-container form') as HTMLFormElement;
  const fill = (selector: string, value: string) => {
    const input = document.body.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('lists profiles with their rationale and served version, archived ones last', async () => {
    const { el } = await open();
    expect(Array.from(el.querySelectorAll('[data-profile]')).map((c) => c.getAttribute('data-profile'))).toEqual([
      'default',
      'energy-exporter',
      'ngo-media',
    ]);
    const energy = card(el, 'energy-exporter');
    expect(energy.textContent).toContain('most crude leaves through the CPC pipeline');
    expect(energy.textContent).toContain('version 1');
    expect(energy.textContent).toContain('Heaviest: CPC pipeline disruptions 70 %');
    expect(energy.querySelector('a')?.getAttribute('href')).toBe('/weights?profile=energy-exporter');
    expect(card(el, 'ngo-media').textContent).toContain('Archived');
    expect(button(card(el, 'ngo-media'), 'Restore')).toBeDefined();
    expect(button(card(el, 'default'), 'Archive')).toBeUndefined();
  });

  it('creates a profile from another one’s weights, and shows a taken address next to the field', async () => {
    const { http, el, stable } = await open();
    button(el, 'New profile').click();
    await stable();
    fill('[data-testid=profile-name]', 'Mining');
    fill('[data-testid=profile-description]', 'Miners export through Russian rail and ports.');
    fill('[data-testid=profile-slug]', 'energy-exporter');
    dialogForm().dispatchEvent(new Event('submit'));
    await stable();
    const req = http.expectOne({ method: 'POST', url: '/api/profiles' });
    expect(req.request.body).toEqual({
      name: 'Mining',
      description: 'Miners export through Russian rail and ports.',
      slug: 'energy-exporter',
      weights: PROFILES[0].activeVersion?.weights,
      method: 'arithmetic',
      note: 'First version',
    });
    refuse(req, 409, 'A profile with the address "energy-exporter" already exists', [{ field: 'slug', message: 'already in use' }]);
    await stable();
    expect(document.body.querySelector('mat-dialog-container mat-error')?.textContent).toContain('This address is already in use');

    fill('[data-testid=profile-slug]', 'mining');
    dialogForm().dispatchEvent(new Event('submit'));
    await stable();
    http
      .expectOne({ method: 'POST', url: '/api/profiles' })
      .flush(aProfile({ id: 4, slug: 'mining', name: 'Mining', activeVersion: null }));
    await advance(0);
    await stable();
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain('Created “Mining”');
    http
      .expectOne((r) => r.url === '/api/profiles')
      .flush([...PROFILES, aProfile({ id: 4, slug: 'mining', name: 'Mining', activeVersion: null })]);
    await stable();
    expect(card(el, 'mining').textContent).toContain('No version served yet');
  });

  it('renames a profile', async () => {
    const { http, el, stable } = await open();
    button(card(el, 'energy-exporter'), 'Rename').click();
    await stable();
    fill('[data-testid=profile-name]', 'Oil & gas');
    dialogForm().dispatchEvent(new Event('submit'));
    await stable();
    const req = http.expectOne({ method: 'PATCH', url: '/api/profiles/2' });
    expect(req.request.body).toEqual({ name: 'Oil & gas', description: PROFILES[1].description });
    req.flush({ ...PROFILES[1], name: 'Oil & gas' });
    await advance(0);
    await stable();
    expect(card(el, 'energy-exporter').querySelector('h2')?.textContent).toBe('Oil & gas');
  });

  it('archives after confirming, and says why when the server refuses', async () => {
    const { http, el, stable } = await open();
    button(card(el, 'energy-exporter'), 'Archive').click();
    await stable();
    http.expectNone({ method: 'PATCH' });
    (document.body.querySelector('[data-testid=confirm]') as HTMLButtonElement).click();
    await stable();
    const req = http.expectOne({ method: 'PATCH', url: '/api/profiles/2' });
    expect(req.request.body).toEqual({ archived: true });
    req.flush({ statusCode: 409, error: 'Conflict', message: 'Profile is in use by 3 digests' }, { status: 409, statusText: 'Conflict' });
    await stable();
    const notice = el.querySelector('[data-testid=notice]') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('could not be archived: Profile is in use by 3 digests');
  });

  it('opens a profile’s history on request', async () => {
    const { http, el, stable } = await open();
    const toggle = button(card(el, 'default'), 'History');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    http.expectOne('/api/profiles/1/versions').flush([aVersion()]);
    await stable();
    http.expectOne('/api/profiles/1/build').flush(aBuild());
    await stable();
    expect(card(el, 'default').querySelector('kem-version-history table')?.textContent).toContain('Initial weights');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aPage, anEvent, INDICATORS } from '../../testing/evidence-fixtures';
import { TriagePage } from './triage-page';

describe('TriagePage', () => {
  async function open() {
    TestBed.configureTestingModule({
      imports: [TriagePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(TriagePage);
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/indicators').flush(INDICATORS);
    return { fixture, http, el: fixture.nativeElement as HTMLElement, stable: () => fixture.whenStable() };
  }

  const draftsRequest = (http: HttpTestingController): TestRequest => http.expectOne((r) => r.url === '/api/events' && r.method === 'GET');
  const drafts = [
    anEvent({
      id: 8,
      status: 'draft',
      origin: 'connector',
      title: 'Drone strike on pumping station',
      sourceUrl: 'https://en.orda.kz/drones',
    }),
    anEvent({ id: 7, status: 'draft', origin: 'connector', title: 'Storm halts loading' }),
  ];
  const button = (el: HTMLElement, label: string) => el.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;

  it('asks for drafts only, oldest first, and lists them with their source links and quick actions', async () => {
    const { http, el, stable } = await open();
    const req = draftsRequest(http);
    expect(req.request.params.get('status')).toBe('draft');
    expect(req.request.params.get('sort')).toBe('asc');
    req.flush(aPage(drafts));
    await stable();
    expect(el.querySelector('[data-testid=count]')?.textContent).toContain('2 drafts waiting');
    const first = el.querySelector('kem-event-card') as HTMLElement;
    expect(first.querySelector('a[target=_blank]')?.getAttribute('href')).toBe('https://en.orda.kz/drones');
    expect(first.querySelector('a[href^="/events/8/edit"]')?.getAttribute('href')).toBe('/events/8/edit?returnUrl=%2Ftriage');
    expect(button(el, 'Publish: Drone strike on pumping station')).not.toBeNull();
    expect(button(el, 'Reject: Drone strike on pumping station')).not.toBeNull();
  });

  it('publishes a draft with PATCH {status: published} and takes it off the list', async () => {
    const { http, el, stable } = await open();
    draftsRequest(http).flush(aPage(drafts));
    await stable();
    button(el, 'Publish: Drone strike on pumping station').click();
    await stable();
    expect(button(el, 'Publish: Drone strike on pumping station').disabled).toBe(true);
    const req = http.expectOne({ method: 'PATCH', url: '/api/events/8' });
    expect(req.request.body).toEqual({ status: 'published' });
    req.flush({ ...drafts[0], status: 'published' });
    await stable();
    expect(Array.from(el.querySelectorAll('kem-event-card h3')).map((h) => h.textContent)).toEqual(['Storm halts loading']);
    expect(el.querySelector('[role=status]')?.textContent).toContain('Published “Drone strike on pumping station”');
    expect(el.querySelector('[data-testid=count]')?.textContent).toContain('1 draft waiting');
  });

  it('rejects a draft and shows the empty queue when the last one is decided', async () => {
    const { http, el, stable } = await open();
    draftsRequest(http).flush(aPage([drafts[1]]));
    await stable();
    button(el, 'Reject: Storm halts loading').click();
    const req = http.expectOne({ method: 'PATCH', url: '/api/events/7' });
    expect(req.request.body).toEqual({ status: 'rejected' });
    req.flush({ ...drafts[1], status: 'rejected' });
    await stable();
    expect(el.querySelectorAll('kem-event-card')).toHaveLength(0);
    expect(el.textContent).toContain('No drafts waiting.');
    expect(el.textContent).not.toContain('keyword-matched news here');
  });

  it('keeps a draft whose decision failed, saying why', async () => {
    const { http, el, stable } = await open();
    draftsRequest(http).flush(aPage(drafts));
    await stable();
    button(el, 'Publish: Storm halts loading').click();
    http
      .expectOne({ method: 'PATCH', url: '/api/events/7' })
      .flush({ statusCode: 400, message: 'stage: unknown stage "x"' }, { status: 400, statusText: 'Bad Request' });
    await stable();
    expect(el.querySelectorAll('kem-event-card')).toHaveLength(2);
    expect(el.querySelector('[data-id="7"] [role=alert]')?.textContent).toContain('unknown stage');
    expect(button(el, 'Publish: Storm halts loading').disabled).toBe(false);
  });

  it('fetches the next drafts when the shown ones are all decided but more wait', async () => {
    const { http, el, stable } = await open();
    draftsRequest(http).flush(aPage([drafts[0]], { total: 51 }));
    await stable();
    expect(el.querySelector('[data-testid=count]')?.textContent).toContain('51 drafts waiting');
    button(el, 'Reject: Drone strike on pumping station').click();
    http.expectOne({ method: 'PATCH', url: '/api/events/8' }).flush({ ...drafts[0], status: 'rejected' });
    await stable();
    draftsRequest(http).flush(aPage([drafts[1]], { total: 50 }));
    await stable();
    expect(el.querySelector('kem-event-card h3')?.textContent).toBe('Storm halts loading');
  });
});

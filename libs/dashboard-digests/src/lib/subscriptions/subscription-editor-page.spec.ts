import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { formDriver, refuse, renderPage } from '@kem/dashboard-core/testing';
import { aSubscription, FOOTPRINTS, PROFILES, sessionAs } from '../testing/digest-fixtures';
import { SubscriptionEditorPage } from './subscription-editor-page';

describe('SubscriptionEditorPage', () => {
  async function open(role: 'viewer' | 'admin', id?: string) {
    const { fixture, http, el, stable } = await renderPage(SubscriptionEditorPage, { providers: [sessionAs(role)], inputs: { id } });
    http.expectOne('/api/profiles').flush(PROFILES);
    http.expectOne('/api/footprints').flush(FOOTPRINTS);
    if (id) http.expectOne(`/api/subscriptions/${id}`).flush(aSubscription({ id: Number(id) }));
    await stable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { fixture, http, el, navigate, stable, ...formDriver(fixture) };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lets an admin subscribe someone and posts every field, empty thresholds as null', async () => {
    const page = await open('admin');
    await page.type('email', ' treasury@example.com ');
    await page.type('displayName', 'Treasury');
    await page.choose('cadence', /^Daily/);
    await page.type('sendTime', '07:30');
    await page.type('timeZone', 'Europe/London');
    await page.choose('profile', 'Energy exporter');
    await page.type('riseDay', '2.5');
    await page.submit();
    const req = page.http.expectOne({ method: 'POST', url: '/api/subscriptions' });
    expect(req.request.body).toEqual({
      email: 'treasury@example.com',
      displayName: 'Treasury',
      cadence: 'daily',
      sendTime: '07:30',
      timeZone: 'Europe/London',
      profile: 'energy-exporter',
      footprint: null,
      alerts: { bandChange: true, riseDay: 2.5, riseWeek: null },
    });
    req.flush(aSubscription(), { status: 201, statusText: 'Created' });
    await page.stable();
    expect(page.navigate).toHaveBeenCalledWith(['/digests/subscriptions']);
  });

  it('shows the server’s field errors on the fields they name, nested alert fields included', async () => {
    const page = await open('admin');
    await page.submit();
    refuse(page.http.expectOne({ method: 'POST', url: '/api/subscriptions' }), 400, 'timeZone: …', [
      { field: 'timeZone', message: '"Mars/Olympus" is not an IANA time zone such as Asia/Almaty or Europe/London' },
      { field: 'alerts.riseWeek', message: 'riseWeek must not be greater than 100' },
    ]);
    await page.stable();
    expect(page.fieldText('timeZone')).toContain('is not an IANA time zone');
    expect(page.fieldText('riseWeek')).toContain('must not be greater than 100');
    expect(page.fieldText('sendTime')).not.toContain('IANA');
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain('did not accept some fields');
    expect(page.navigate).not.toHaveBeenCalled();
  });

  it('checks the send time and thresholds before sending', async () => {
    const page = await open('admin');
    await page.type('sendTime', '8 am');
    await page.type('riseDay', '0');
    await page.submit();
    page.http.expectNone({ method: 'POST' });
    expect(page.fieldText('sendTime')).toContain('HH:MM');
    expect(page.fieldText('riseDay')).toContain('from 0.1 to 100');
  });

  it('subscribes a user themselves: no e-mail field, none in the body', async () => {
    const page = await open('viewer');
    expect(page.el.querySelector('[data-testid=email]')).toBeNull();
    await page.submit();
    const body = page.http.expectOne({ method: 'POST', url: '/api/subscriptions' }).request.body;
    expect(body).not.toHaveProperty('email');
    expect(body).toMatchObject({ cadence: 'weekly', sendTime: '08:00', timeZone: 'Asia/Almaty', profile: 'default' });
  });

  it('follows a footprint: the company index on the default profile, without alerts, and says why', async () => {
    const page = await open('viewer');
    await page.choose('profile', 'Energy exporter');
    await page.choose('footprint', 'Company index: Caspian Crude LLP');
    await page.stable();
    expect(page.el.querySelector('[data-testid=footprint-alerts]')?.textContent).toContain('Alerts watch the country index');
    expect((page.el.querySelector('[data-testid=riseDay]') as HTMLInputElement).disabled).toBe(true);
    await page.submit();
    const body = page.http.expectOne({ method: 'POST', url: '/api/subscriptions' }).request.body;
    expect(body).toMatchObject({ footprint: 4, profile: 'default', alerts: { bandChange: false, riseDay: null, riseWeek: null } });
  });

  it('edits an existing subscription with PATCH', async () => {
    const page = await open('admin', '7');
    expect((page.el.querySelector('[data-testid=riseWeek]') as HTMLInputElement).value).toBe('5');
    await page.type('riseWeek', '');
    await page.submit();
    const req = page.http.expectOne({ method: 'PATCH', url: '/api/subscriptions/7' });
    expect(req.request.body.alerts).toEqual({ bandChange: true, riseDay: null, riseWeek: null });
    req.flush(aSubscription());
  });
});

import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ProfileView } from '@kem/contracts';
import { renderPage } from '@kem/dashboard-core/testing';
import { aBuild, aProfile, aVersion } from '../../testing/admin-fixtures';
import { BUILD_POLL_MS } from '../weights/build-progress';
import { VersionHistory } from './version-history';

@Component({
  imports: [VersionHistory],
  template: `<kem-version-history [profile]="profile" [names]="names" />`,
})
class Host {
  profile: ProfileView = aProfile({ activeVersion: aVersion({ id: 13, number: 3 }) });
  names = new Map([
    ['cpc_pipeline', 'CPC pipeline disruptions'],
    ['trade_russia', 'Trade dependence on Russia'],
  ]);
}

const VERSIONS = [
  aVersion({ id: 13, number: 3, note: 'More CPC', method: 'geometric', peakChannel: 0.5 }),
  aVersion({ id: 12, number: 2, note: 'Tweak' }),
  aVersion({ id: 11, number: 1, note: 'First' }),
];

describe('VersionHistory', () => {
  async function render() {
    const page = await renderPage(Host, { providers: [{ provide: BUILD_POLL_MS, useValue: 10 }] });
    page.http.expectOne('/api/profiles/1/versions').flush(VERSIONS);
    await page.stable();
    page.http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 3 }));
    return { ...page, loader: TestbedHarnessEnvironment.loader(page.fixture) };
  }

  const diffRequest = (http: HttpTestingController) => http.expectOne((r) => r.url === '/api/profiles/1/versions/diff');

  it('lists versions newest first with author, time and note, marking the served one', async () => {
    const { el, http, stable } = await render();
    diffRequest(http).flush({ from: VERSIONS[1], to: VERSIONS[0], methodChanged: true, peakChannelChanged: true, weights: [] });
    await stable();
    const rows = Array.from(el.querySelectorAll('table.versions tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-version'))).toEqual(['3', '2', '1']);
    expect(rows[0].textContent).toContain('served');
    expect(rows[0].textContent).toContain('admin@example.com');
    expect(rows[0].textContent).toContain('More CPC');
    expect(rows[0].textContent).toContain('20 Nov 2026, 09:30 UTC');
    expect(rows[0].querySelector('button')).toBeNull();
    expect(rows[2].querySelector('button')?.textContent).toContain('Revert to this');
  });

  it('shows only the changed weights between the two chosen versions', async () => {
    const { el, http, stable, loader } = await render();
    const first = diffRequest(http);
    expect([first.request.params.get('from'), first.request.params.get('to')]).toEqual(['2', '3']);
    first.flush({
      from: VERSIONS[1],
      to: VERSIONS[0],
      methodChanged: true,
      peakChannelChanged: true,
      weights: [
        { indicatorKey: 'cpc_pipeline', from: 18, to: 30 },
        { indicatorKey: 'trade_russia', from: 15, to: 15 },
      ],
    });
    await stable();
    const diff = el.querySelector('[data-testid=diff]') as HTMLElement;
    expect(diff.textContent).toContain('Method: Weighted mean → Geometric mean');
    expect(diff.textContent).toContain('Peak-channel λ: 0 → 0.5');
    const rows = Array.from(diff.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map((c) => c.textContent?.trim()));
    expect(rows).toEqual([['CPC pipeline disruptions', '18', '30', '+12']]);

    await (await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid=diff-from]' }))).clickOptions({ text: '1' });
    await stable();
    const second = diffRequest(http);
    expect(second.request.params.get('from')).toBe('1');
    second.flush({ from: VERSIONS[2], to: VERSIONS[0], methodChanged: false, peakChannelChanged: false, weights: [] });
    await stable();
    expect(diff.textContent).toContain('Same weights in both versions and the same method and λ');
  });

  it('reverts to an old version with a required note, then watches the rebuild', async () => {
    const { el, http, stable } = await render();
    diffRequest(http).flush({ from: VERSIONS[1], to: VERSIONS[0], methodChanged: false, peakChannelChanged: false, weights: [] });
    await stable();
    (el.querySelector('button[aria-label="Revert to version 1"]') as HTMLButtonElement).click();
    await stable();
    const submit = () => document.body.querySelector('mat-dialog-container form')?.dispatchEvent(new Event('submit'));
    submit();
    await stable();
    http.expectNone({ method: 'POST' });
    expect(document.body.querySelector('mat-dialog-container mat-error')?.textContent).toContain(
      'A note of 3 to 1000 characters is required',
    );

    const note = document.body.querySelector('[data-testid=dialog-note]') as HTMLTextAreaElement;
    note.value = ' The March change over-weighted CPC ';
    note.dispatchEvent(new Event('input'));
    submit();
    await stable();
    const req = http.expectOne({ method: 'POST', url: '/api/profiles/1/versions/1/revert' });
    expect(req.request.body).toEqual({ note: 'The March change over-weighted CPC' });
    req.flush(aVersion({ id: 14, number: 4, note: 'Revert to version 1: The March change over-weighted CPC' }));
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Saved version 4 with the weights of version 1');
    http.expectOne('/api/profiles/1/versions').flush([aVersion({ id: 14, number: 4 }), ...VERSIONS]);
    http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 4, status: 'building', progress: 0.5, served: false }));
    await stable();
    expect(el.querySelector('[data-testid=build-progress]')?.textContent).toContain('version 4… 50 %');
    diffRequest(http);
  });
});

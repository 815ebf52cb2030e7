import { Component, signal } from '@angular/core';
import { advance, renderPage, useFakeTimers } from '@kem/dashboard-core/testing';
import { aBuild } from '../../testing/admin-fixtures';
import { BUILD_POLL_MS, BuildProgress } from './build-progress';

@Component({
  imports: [BuildProgress],
  template: `<kem-build-progress [profileId]="1" [watchVersion]="watch()" [servedVersion]="3" (served)="served.push($event)" />`,
})
class Host {
  readonly watch = signal(0);
  readonly served: number[] = [];
}

describe('BuildProgress', () => {
  beforeEach(() => useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function render() {
    return renderPage(Host, { providers: [{ provide: BUILD_POLL_MS, useValue: 10 }] });
  }

  it('says nothing when the served version is already the newest, and stops asking', async () => {
    const { http, el, stable } = await render();
    http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 3 }));
    await stable();
    expect(el.textContent?.trim()).toBe('');
    await advance(40);
    http.expectNone('/api/profiles/1/build');
  });

  it('after a save, never shows the previous build as news, and reports the new version once it is served', async () => {
    const { http, el, stable, fixture } = await render();
    http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 3 }));
    await stable();
    fixture.componentInstance.watch.set(4);
    await stable();
    expect(el.textContent).not.toContain('now live');
    http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 4, status: 'building', progress: 0.25, served: false }));
    await stable();
    expect(el.textContent).toContain('version 4… 25 %');
    expect(el.textContent).toContain('The dashboard shows version 3 until this is complete');
    await advance(20);
    http.expectOne('/api/profiles/1/build').flush(aBuild({ versionNumber: 4, served: true }));
    await stable();
    expect(el.querySelector('[data-testid=build-done]')?.textContent).toContain('Version 4 is now live');
    expect(fixture.componentInstance.served).toEqual([4]);
    await advance(40);
    http.expectNone('/api/profiles/1/build');
  });

  it('offers to check again when asking fails', async () => {
    const { http, el, stable } = await render();
    http.expectOne('/api/profiles/1/build').flush({ message: 'Gateway timeout' }, { status: 504, statusText: 'Gateway Timeout' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Gateway timeout');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    await stable();
    http.expectOne('/api/profiles/1/build').flush(aBuild());
  });
});

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoadStatus, LoadStatusState } from './load-status';

@Component({
  imports: [LoadStatus],
  template: `<kem-load-status
    [state]="state()"
    [empty]="empty()"
    [backTo]="backTo()"
    loadingLabel="Loading things"
    failedText="The things could not be loaded"
    (retry)="retries = retries + 1"
    ><span empty>No things yet.</span></kem-load-status
  >`,
})
class Host {
  readonly state = signal<LoadStatusState>({ loading: true, error: null });
  readonly empty = signal(false);
  readonly backTo = signal<string | undefined>(undefined);
  retries = 0;
}

describe('LoadStatus', () => {
  it('shows loading, then the failure with a way to retry, then the empty message, then nothing', async () => {
    const fixture = TestBed.createComponent(Host);
    const host = fixture.componentInstance;
    const el: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Loading things');

    host.state.set({ loading: false, error: 'timeout' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The things could not be loaded: timeout');
    el.querySelector('button')?.click();
    expect(host.retries).toBe(1);

    host.state.set({ loading: false, error: null });
    host.empty.set(true);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=empty]')?.textContent).toContain('No things yet.');

    host.empty.set(false);
    await fixture.whenStable();
    expect(el.textContent?.trim()).toBe('');
  });

  it('leads back instead of trying again when a record could not be opened', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.state.set({ loading: false, error: 'There is no thing “x”.' });
    fixture.componentInstance.backTo.set('/things');
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The things could not be loaded: There is no thing “x”.');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/things');
    expect(el.querySelector('a')?.textContent?.trim()).toBe('Back');
    expect(el.querySelector('button')).toBeNull();
  });
});

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoadStatus, LoadStatusState } from './load-status';

@Component({
  imports: [LoadStatus],
  template: `<kem-load-status
    [state]="state()"
    [empty]="empty()"
    loadingLabel="Loading things"
    failedText="The things could not be loaded"
    (retry)="retries = retries + 1"
    ><span empty>No things yet.</span></kem-load-status
  >`,
})
class Host {
  readonly state = signal<LoadStatusState>({ loading: true, error: null });
  readonly empty = signal(false);
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
});

@Component({
  imports: [LoadStatus],
  template: `<kem-load-status
    [state]="{ loading: false, error: 'There is no thing “x”.' }"
    backTo="/things"
    loadingLabel="Loading the thing"
    failedText="The thing could not be opened"
  />`,
})
class EditorHost {}

describe('LoadStatus for a record that could not be opened', () => {
  it('leads back instead of trying again', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EditorHost);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The thing could not be opened: There is no thing “x”.');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/things');
    expect(el.querySelector('a')?.textContent?.trim()).toBe('Back');
    expect(el.querySelector('button')).toBeNull();
  });
});

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { EventLifecycleView, FreshnessStateView } from '@kem/contracts';
import { FreshnessBadge, LifecycleBadge } from './evidence-badges';

@Component({
  imports: [FreshnessBadge, LifecycleBadge],
  template: `<kem-freshness-badge [state]="state()" /><kem-lifecycle-badge [lifecycle]="lifecycle()" />`,
})
class Host {
  readonly state = signal<FreshnessStateView>('stale');
  readonly lifecycle = signal<EventLifecycleView>('ongoing');
}

describe('evidence badges', () => {
  it('say the freshness and the lifecycle in words, with what the state means as a title', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const fresh = el.querySelector('[data-freshness]') as HTMLElement;
    expect(fresh.textContent?.trim()).toBe('▲ Stale');
    expect(fresh.getAttribute('title')).toContain('last reviewed level');
    expect(el.querySelector('[data-lifecycle]')?.textContent?.trim()).toBe('Ongoing');
    fixture.componentInstance.state.set('unmonitored');
    fixture.componentInstance.lifecycle.set('unknown');
    await fixture.whenStable();
    expect(el.querySelector('[data-freshness]')?.textContent).toContain('Unmonitored — left out');
    expect(el.querySelector('[data-lifecycle]')?.textContent?.trim()).toBe('Status unknown');
  });
});

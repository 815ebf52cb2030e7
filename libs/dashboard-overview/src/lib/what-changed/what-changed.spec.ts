import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { IndexExplanationView } from '@kem/contracts';
import { anExplanation } from '../../testing/overview-fixtures';
import { WhatChanged, WhatChangedWindow } from './what-changed';
import { changeRows, changeSentence } from './what-changed.model';

const names = new Map([
  ['cpc_pipeline', 'CPC pipeline disruptions'],
  ['csto_military', 'CSTO / Russian military activity'],
]);

@Component({
  imports: [WhatChanged],
  template: `<kem-what-changed [explanation]="view()" [names]="names" [error]="error()" (windowChange)="windows.push($event)" (retry)="retries = retries + 1" />`,
})
class Host {
  readonly view = signal<IndexExplanationView | null>(anExplanation());
  readonly error = signal<string | null>(null);
  readonly names = names;
  readonly windows: WhatChangedWindow[] = [];
  retries = 0;
}

describe('WhatChanged', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('lists the indicators that moved, largest first, with signed changes in index points; unmoved ones are left out', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid=change-sentence]')?.textContent).toBe(
      'The index rose 3.2 points, from 44.0 to 47.3, between 25 Oct 2026 and 24 Nov 2026.',
    );
    const panels = Array.from(el.querySelectorAll('mat-expansion-panel'));
    expect(panels.map((p) => p.getAttribute('data-indicator'))).toEqual(['cpc_pipeline', 'csto_military']);
    expect(panels.map((p) => p.querySelector('.change')?.textContent?.trim())).toEqual(['+3.50', '−0.26']);
    expect(panels[0].querySelector('mat-expansion-panel-header')?.textContent).toContain('CPC pipeline disruptions');
    expect(panels[0].querySelector('mat-expansion-panel-header')?.textContent).toContain('score 50.1 → 72.4');
  });

  it('expands an indicator to the events behind its change, linked to their stored sources, with their share', async () => {
    const { fixture, el } = await render();
    const panel = el.querySelector('mat-expansion-panel[data-indicator=cpc_pipeline]') as HTMLElement;
    (panel.querySelector('mat-expansion-panel-header') as HTMLElement).click();
    await fixture.whenStable();
    expect(panel.querySelector('mat-expansion-panel-header')?.getAttribute('aria-expanded')).toBe('true');
    const link = panel.querySelector('[data-testid=driver-link]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://interfax.com/cpc?a=1&b=2');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('Naval drone attack wrecks CPC mooring');
    const item = panel.querySelector('.drivers li') as HTMLElement;
    expect(item.textContent).toContain('+3.30');
    expect(item.textContent).toContain('94 % of the change');
    expect(item.textContent).toContain('severity 5');
    expect(panel.textContent).toContain('Other evidence: +0.20 index points.');
    expect(panel.querySelector('a[href="/indicators/cpc_pipeline"]')).not.toBeNull();
  });

  it('asks for another window, and shows errors with a retry', async () => {
    const { fixture, host, el } = await render();
    (el.querySelector('mat-button-toggle[value=range] button') as HTMLButtonElement).click();
    expect(host.windows).toEqual(['range']);
    host.view.set(null);
    host.error.set('The index has no value on one of the two days');
    await fixture.whenStable();
    const alert = el.querySelector('[role=alert]') as HTMLElement;
    expect(alert.textContent).toContain('The index has no value on one of the two days');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expect(host.retries).toBe(1);
  });
});

describe('what changed, in words', () => {
  it('describes indicators that entered coverage and observation drivers', () => {
    const view = anExplanation({
      indicators: [
        { ...anExplanation().indicators[2], status: 'entered', scoreFrom: null, change: 1.2, scoreEffect: 0, coverageEffect: 1.2 },
        {
          ...anExplanation().indicators[0],
          drivers: [{ ...anExplanation().indicators[0].drivers[0], kind: 'observation', eventId: null, value: 18.6, date: '2023-09-30', share: 1 }],
        },
      ],
    });
    const rows = changeRows(view, names);
    expect(rows[0]).toMatchObject({ name: 'trade_russia', changeText: '+1.20', coverageEffect: '+1.20', scores: null });
    expect(rows[0].note).toContain('Entered the index');
    expect(rows[1].drivers[0]).toMatchObject({ title: 'Observation of 18.6 dated 30 Sep 2023', href: null, share: '100 %' });
  });

  it('says when the index did not move', () => {
    expect(changeSentence(anExplanation({ change: 0.01, indexTo: 47.27 }))).toBe('The index was unchanged at 47.3 between 25 Oct 2026 and 24 Nov 2026.');
  });
});

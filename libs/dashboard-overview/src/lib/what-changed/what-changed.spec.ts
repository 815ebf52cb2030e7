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
  template: `<kem-what-changed
    [explanation]="view()"
    [names]="names"
    [error]="error()"
    (windowChange)="windows.push($event)"
    (retry)="retries = retries + 1"
  />`,
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
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('splits the change into new evidence, fading, baseline and staleness, then lists the indicators that moved', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid=change-sentence]')?.textContent).toBe(
      'The index rose 3.2 points, from 44.0 to 47.3, between 25 Oct 2026 and 24 Nov 2026.',
    );
    const parts = Array.from(el.querySelectorAll('[data-testid=change-parts] tr')).map((tr) => [
      tr.getAttribute('data-part'),
      tr.querySelector('.points')?.textContent?.trim(),
    ]);
    expect(parts).toEqual([
      ['newEvidence', '+3.50'],
      ['fading', '−0.26'],
      ['baseline', '0.00'],
      ['staleness', '0.00'],
      ['reweighting', '0.00'],
    ]);
    expect(el.querySelector('[data-part=fading]')?.textContent).toContain('not a fall in risk');
    expect(el.textContent).toContain('New evidence on CPC pipeline disruptions raised the index.');
    const panels = Array.from(el.querySelectorAll('mat-expansion-panel'));
    expect(panels.map((p) => p.getAttribute('data-indicator'))).toEqual(['cpc_pipeline', 'csto_military']);
    expect(panels.map((p) => p.querySelector('.change')?.textContent?.trim())).toEqual(['+3.50', '−0.26']);
    expect(panels[0].querySelector('mat-expansion-panel-header')?.textContent).toContain('score 50.1 → 72.4');
    expect(panels[1].querySelector('[data-freshness=stale]')).not.toBeNull();
  });

  it('expands an indicator to its event families, linked to their sources, with kind, lifecycle and follow-ups', async () => {
    const { fixture, el } = await render();
    const panel = el.querySelector('mat-expansion-panel[data-indicator=cpc_pipeline]') as HTMLElement;
    (panel.querySelector('mat-expansion-panel-header') as HTMLElement).click();
    await fixture.whenStable();
    const link = panel.querySelector('[data-testid=driver-link]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://interfax.com/cpc?a=1&b=2');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const item = panel.querySelector('.drivers li') as HTMLElement;
    expect(item.getAttribute('data-kind')).toBe('new');
    expect(item.textContent).toContain('+3.30');
    expect(item.textContent).toContain('New evidence:');
    expect(item.textContent).toContain('severity 5 · Ongoing');
    expect(item.textContent).toContain('+ 2 follow-ups in its family');
    expect(panel.textContent).toContain('Index points by kind: new evidence +3.50.');
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

  it('says a fall from fading and staleness alone is not lower risk', async () => {
    const { fixture, host, el } = await render();
    host.view.set(
      anExplanation({ change: -2, indexTo: 42.02, parts: { newEvidence: 0, fading: -1.5, baseline: 0, staleness: -0.5, reweighting: 0 } }),
    );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=only-ageing]')?.textContent).toContain('not from new evidence of lower risk');
  });
});

describe('what changed, in words', () => {
  it('names fading drivers with their end and notes an indicator leaving the index as unmonitored', () => {
    const base = anExplanation();
    const view = anExplanation({
      indicators: [
        {
          ...base.indicators[2],
          change: -1.2,
          parts: { ...base.indicators[2].parts, staleness: -1.2 },
          stateFrom: 'stale',
          monitoringChanged: true,
        },
        base.indicators[1],
      ],
    });
    const rows = changeRows(view, names);
    expect(rows[0]).toMatchObject({
      name: 'trade_russia',
      changeText: '−1.20',
      partsText: 'staleness −1.20',
      stateText: 'Stale → Unmonitored — left out',
    });
    expect(rows[0].note).toContain('not counted as 0');
    expect(rows[1].drivers[0]).toMatchObject({ kindText: 'Fading (ended 1 Feb 2026)', statusText: 'Ended', followUps: null });
  });

  it('says when the index did not move, and when it has no value', () => {
    expect(changeSentence(anExplanation({ change: 0.01, indexTo: 47.27 }))).toBe(
      'The index was unchanged at 47.3 between 25 Oct 2026 and 24 Nov 2026.',
    );
    expect(changeSentence(anExplanation({ change: null, indexTo: null, reason: 'every indicator is unmonitored' }))).toContain(
      'The index has no value on 24 Nov 2026: every indicator is unmonitored.',
    );
  });
});

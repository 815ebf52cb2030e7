import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { IndexExplanationView } from '@kem/contracts';
import { formatDay } from '@kem/dashboard-charts';
import { FreshnessBadge } from '@kem/dashboard-ui';
import { changeRows, changeSentence, fallIsOnlyAgeing, partRows } from './what-changed.model';

export type WhatChangedWindow = 'recent' | 'range';

const SHOWN = 5;

/**
 * "What changed": the index change over a window split into new evidence, fading of old evidence,
 * baseline changes and staleness (so fading news is never presented as lowered risk), then attributed to
 * indicators and, within each, to its event families.
 */
@Component({
  selector: 'kem-what-changed',
  imports: [FreshnessBadge, MatButtonModule, MatButtonToggleModule, MatExpansionModule, MatProgressBarModule, RouterLink],
  templateUrl: './what-changed.html',
  styleUrl: './what-changed.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WhatChanged {
  readonly explanation = input<IndexExplanationView | null>(null);
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly names = input<ReadonlyMap<string, string>>(new Map());
  readonly window = input<WhatChangedWindow>('recent');
  readonly windowChange = output<WhatChangedWindow>();
  readonly retry = output<void>();

  readonly showAll = signal(false);
  readonly rows = computed(() => {
    const view = this.explanation();
    return view ? changeRows(view, this.names()) : [];
  });
  readonly shown = computed(() => (this.showAll() ? this.rows() : this.rows().slice(0, SHOWN)));
  readonly hidden = computed(() => this.rows().length - this.shown().length);
  readonly sentence = computed(() => {
    const view = this.explanation();
    return view ? changeSentence(view) : '';
  });
  readonly parts = computed(() => {
    const view = this.explanation();
    return view ? partRows(view.parts) : [];
  });
  readonly onlyAgeing = computed(() => {
    const view = this.explanation();
    return view ? fallIsOnlyAgeing(view) : false;
  });

  protected day(day: string): string {
    return formatDay(day);
  }
}

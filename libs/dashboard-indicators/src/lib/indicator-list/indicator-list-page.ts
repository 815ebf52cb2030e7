import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { IndicatorView } from '@kem/contracts';
import { errorMessage, IndicatorsApi } from '@kem/dashboard-core';
import { methodSummary } from '../method-summary';

interface IndicatorRow extends IndicatorView {
  share: number;
  summary: string;
}

@Component({
  selector: 'kem-indicator-list-page',
  imports: [DecimalPipe, MatButtonModule, MatCardModule, MatChipsModule, MatProgressBarModule, RouterLink],
  templateUrl: './indicator-list-page.html',
  styleUrl: './indicator-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorListPage {
  private readonly api = inject(IndicatorsApi);

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  private readonly indicators = signal<IndicatorView[]>([]);

  /** Each indicator with its share of the total default weight, heaviest first. */
  readonly rows = computed<IndicatorRow[]>(() => {
    const list = this.indicators();
    const total = list.reduce((sum, i) => sum + i.defaultWeight, 0);
    return list
      .map((i) => ({ ...i, share: total > 0 ? i.defaultWeight / total : 0, summary: methodSummary(i.method) }))
      .sort((a, b) => b.defaultWeight - a.defaultWeight);
  });

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list().subscribe({
      next: (list) => {
        this.indicators.set(list);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }
}

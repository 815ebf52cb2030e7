import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { IndicatorView } from '@kem/contracts';
import { IndicatorsApi, loader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { methodSummary } from '../method-summary';

interface IndicatorRow extends IndicatorView {
  share: number;
  summary: string;
}

@Component({
  selector: 'kem-indicator-list-page',
  imports: [DecimalPipe, LoadStatus, MatCardModule, MatChipsModule, RouterLink],
  templateUrl: './indicator-list-page.html',
  styleUrl: './indicator-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorListPage {
  private readonly api = inject(IndicatorsApi);

  readonly list = loader(() => null, () => this.api.list());

  /** Each indicator with its share of the total default weight, heaviest first. */
  readonly rows = computed<IndicatorRow[]>(() => {
    const list = this.list.value() ?? [];
    const total = list.reduce((sum, i) => sum + i.defaultWeight, 0);
    return list
      .map((i) => ({ ...i, share: total > 0 ? i.defaultWeight / total : 0, summary: methodSummary(i.method) }))
      .sort((a, b) => b.defaultWeight - a.defaultWeight);
  });
}

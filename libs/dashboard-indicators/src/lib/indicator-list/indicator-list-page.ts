import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { FreshnessStateView, IndicatorView } from '@kem/contracts';
import { IndexApi, indicatorsLoader, loadOnce } from '@kem/dashboard-core';
import { FreshnessBadge, LoadStatus, noNewEvidenceText } from '@kem/dashboard-ui';
import { methodSummary } from '../method-summary';

interface IndicatorRow extends IndicatorView {
  share: number;
  summary: string;
  /** Today's score and evidence freshness, when the index has loaded. */
  score: number | null;
  state: FreshnessStateView | null;
  evidence: string | null;
}

@Component({
  selector: 'kem-indicator-list-page',
  imports: [DecimalPipe, FreshnessBadge, LoadStatus, MatCardModule, MatChipsModule, RouterLink],
  templateUrl: './indicator-list-page.html',
  styleUrl: './indicator-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorListPage {
  private readonly indexApi = inject(IndexApi);

  readonly list = indicatorsLoader();
  /** Today's scores and freshness; the list reads without them if they fail. */
  private readonly latest = loadOnce(() => this.indexApi.latest());

  /** Each indicator with its share of the total default weight, heaviest first. */
  readonly rows = computed<IndicatorRow[]>(() => {
    const list = this.list.value() ?? [];
    const total = list.reduce((sum, i) => sum + i.defaultWeight, 0);
    const latest = this.latest.value();
    const scores = new Map((latest?.scores ?? []).map((s) => [s.indicatorKey, s]));
    const freshness = new Map((latest?.freshness.indicators ?? []).map((f) => [f.indicatorKey, f]));
    return list
      .map((i) => ({
        ...i,
        share: total > 0 ? i.defaultWeight / total : 0,
        summary: methodSummary(i.method),
        score: scores.get(i.key)?.score ?? null,
        state: freshness.get(i.key)?.state ?? null,
        evidence: noNewEvidenceText(freshness.get(i.key)?.daysSinceEvidence),
      }))
      .sort((a, b) => b.defaultWeight - a.defaultWeight);
  });
}

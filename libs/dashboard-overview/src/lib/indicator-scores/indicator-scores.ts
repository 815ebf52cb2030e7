import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LatestIndexView } from '@kem/contracts';
import { BandBadge } from '@kem/dashboard-charts';
import { FreshnessBadge } from '@kem/dashboard-ui';
import { scoreRows } from '../freshness.model';

/**
 * Each indicator's score beside the total (as WTW shows each peril): the score and its band, the
 * structural baseline under it and the part events add, the index points it contributes, and how
 * fresh its evidence is. Stale and unmonitored indicators are flagged; left-out ones say so.
 */
@Component({
  selector: 'kem-indicator-scores',
  imports: [BandBadge, FreshnessBadge, RouterLink],
  template: `
    <section aria-labelledby="scores-title" data-testid="indicator-scores">
      <h2 id="scores-title">Indicator scores beside the total</h2>
      <p class="caption">
        Score 0–100 of each indicator today. Baseline: the structural part from annual public series; events add pressure on top. An
        unmonitored indicator is shown but left out of the index.
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Indicator scores">
        <table>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" class="num">Score</th>
              <th scope="col">Band</th>
              @if (hasBaseline()) {
                <th scope="col" class="num">Baseline</th>
                <th scope="col" class="num">Events add</th>
              }
              <th scope="col" class="num">Index points</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr [attr.data-indicator]="row.key" [attr.data-state]="row.state" [class.left-out]="!row.inComposite">
                <th scope="row">
                  <a [routerLink]="['/indicators', row.key]">{{ row.name }}</a>
                </th>
                <td class="num score">{{ row.scoreText }}</td>
                <td>
                  @if (row.band) {
                    <kem-band-badge [band]="row.band" [label]="row.bandLabel ?? row.band" />
                  }
                </td>
                @if (hasBaseline()) {
                  <td class="num">{{ row.baselineText ?? '–' }}</td>
                  <td class="num">{{ row.eventText ?? '–' }}</td>
                }
                <td class="num">{{ row.contributionText }}</td>
                <td class="evidence">
                  <kem-freshness-badge [state]="row.state" />
                  <span class="words">{{ row.evidenceText }}</span>
                  @if (row.staleVintage) {
                    <span class="flag">structural figure older than expected</span>
                  }
                  @if (row.unknownLapsed) {
                    <span class="flag">an event of unknown status outlived its hold</span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td [attr.colspan]="hasBaseline() ? 7 : 5">No indicator scores for this day.</td>
              </tr>
            }
          </tbody>
          @if (latest().value !== null) {
            <tfoot>
              <tr>
                <th scope="row">Index</th>
                <td class="num score">{{ latest().value?.toFixed(1) }}</td>
                <td>
                  @if (latest().band; as band) {
                    <kem-band-badge [band]="band" [label]="latest().bandLabel ?? band" />
                  }
                </td>
                @if (hasBaseline()) {
                  <td></td>
                  <td></td>
                }
                <td class="num">{{ latest().value?.toFixed(1) }}</td>
                <td></td>
              </tr>
            </tfoot>
          }
        </table>
      </div>
    </section>
  `,
  styles: `
    @use 'tables';

    :host {
      display: block;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .caption {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-wrap {
      overflow-x: auto;
    }
    @include tables.data-table($vertical-align: middle);
    tbody th {
      font-weight: 500;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .score {
      font-weight: 600;
    }
    tr.left-out {
      color: var(--mat-sys-on-surface-variant);
    }
    tr[data-state='stale'] {
      background: #fff7ed;
    }
    .evidence {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
    }
    .words {
      font-size: 0.875rem;
    }
    .flag {
      font-size: 0.8125rem;
      color: #7a2e00;
    }
    tfoot th,
    tfoot td {
      border-bottom: 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorScores {
  readonly latest = input.required<LatestIndexView>();
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  readonly rows = computed(() => scoreRows(this.latest(), this.names()));
  readonly hasBaseline = computed(() => this.latest().scores.some((s) => s.baseline !== null));
}

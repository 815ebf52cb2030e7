import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ConnectorHealthView, EvidenceHealthView, IndicatorHealthView } from '@kem/contracts';
import { formatDay } from '@kem/dashboard-charts';
import { errorMessage, EvidenceHealthApi, loader } from '@kem/dashboard-core';
import { FreshnessBadge, LifecycleBadge, LoadStatus } from '@kem/dashboard-ui';

const CONNECTOR_STATES: Record<ConnectorHealthView['state'], string> = {
  ok: 'Working',
  failing: 'Failing',
  never_run: 'Never run',
  running: 'Running now',
};

/** Stale and unmonitored first (they need a look), then by days without a look. */
export function byUrgency(a: IndicatorHealthView, b: IndicatorHealthView): number {
  const rank = { unmonitored: 0, stale: 1, fresh: 2 } as const;
  return rank[a.freshness.state] - rank[b.freshness.state] || (b.freshness.daysSinceTouch ?? 0) - (a.freshness.daysSinceTouch ?? 0);
}

/**
 * What an analyst must act on to keep the index honest: per indicator the last event, the last review,
 * its freshness and what to do, with "Reviewed — no change" (optional note); the structural series'
 * vintages; each connector's last success and last failure with the error in words.
 */
@Component({
  selector: 'kem-evidence-health-page',
  imports: [
    FormsModule,
    FreshnessBadge,
    LifecycleBadge,
    LoadStatus,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
  ],
  templateUrl: './evidence-health-page.html',
  styleUrl: './evidence-health-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceHealthPage {
  private readonly api = inject(EvidenceHealthApi);

  readonly health = loader<null, EvidenceHealthView>(
    () => null,
    () => this.api.get(),
    { isEmpty: (v) => v.indicators.length === 0 },
  );
  readonly indicators = computed(() => [...(this.health.value()?.indicators ?? [])].sort(byUrgency));
  readonly needLook = computed(() => this.indicators().filter((i) => i.freshness.state !== 'fresh').length);
  readonly connectorStates = CONNECTOR_STATES;

  /** The indicator whose review form is open, its note, and the review being saved. */
  readonly reviewing = signal<string | null>(null);
  readonly note = signal('');
  readonly saving = signal(false);
  readonly reviewError = signal<string | null>(null);
  readonly notice = signal<string | null>(null);

  openReview(key: string): void {
    this.reviewing.set(key);
    this.note.set('');
    this.reviewError.set(null);
  }

  cancelReview(): void {
    this.reviewing.set(null);
  }

  /** Records "reviewed — no change" today; the row takes the freshness the API answers with. */
  saveReview(indicator: IndicatorHealthView): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.reviewError.set(null);
    const note = this.note().trim();
    this.api.review(indicator.indicatorKey, note ? { note } : {}).subscribe({
      next: (review) => {
        this.saving.set(false);
        this.reviewing.set(null);
        this.health.update((view) => ({
          ...view,
          indicators: view.indicators.map((i) =>
            i.indicatorKey === review.indicatorKey
              ? {
                  ...i,
                  freshness: review.freshness,
                  lastReview: { reviewedOn: review.reviewedOn, note: review.note, author: review.author },
                  action: review.freshness.state === 'fresh' ? null : i.action,
                }
              : i,
          ),
        }));
        this.notice.set(
          `Recorded: ${indicator.name} reviewed on ${formatDay(review.reviewedOn)}, no change. It is ${review.freshness.state} now.`,
        );
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.reviewError.set(errorMessage(error));
      },
    });
  }

  protected day(day: string | null | undefined): string {
    return day ? formatDay(day.slice(0, 10)) : '–';
  }
}

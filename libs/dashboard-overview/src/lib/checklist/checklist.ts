import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import type { LatestIndexView } from '@kem/contracts';
import { BandBadge } from '@kem/dashboard-charts';
import { DEFAULT_BAND_SCALE } from '@kem/scoring';

/**
 * Due diligence for today: the actions of the index's band, then those of each indicator at High or
 * above, named. The ticks help work through the list; they are not saved.
 */
@Component({
  selector: 'kem-checklist',
  imports: [BandBadge, MatCheckboxModule, RouterLink],
  templateUrl: './checklist.html',
  styleUrl: './checklist.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Checklist {
  readonly latest = input.required<LatestIndexView>();
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  readonly indicators = computed(() =>
    this.latest().indicatorActions.map((i) => ({
      ...i,
      name: this.names().get(i.indicatorKey) ?? i.indicatorKey,
      bandLabel: DEFAULT_BAND_SCALE.find((b) => b.key === i.band)?.label ?? i.band,
    })),
  );
  readonly total = computed(() => this.latest().bandActions.length + this.indicators().reduce((n, i) => n + i.actions.length, 0));
}

import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ExposureApi, loader, loadOnce } from '@kem/dashboard-core';
import { BandBadge, HISTORY_START, TODAY } from '@kem/dashboard-charts';
import { DateInput, DateLocaleSetting, formatDateInput, LoadStatus } from '@kem/dashboard-ui';
import { isIsoDay } from '@kem/scoring';
import { PathChart } from './path-chart';
import { DailyPath } from './path-chart.config';

/** "What did this look like in January 2022 with what we knew then": the index as known on a past day. */
@Component({
  selector: 'kem-replay-page',
  imports: [DateInput, MatButtonModule, DecimalPipe, LoadStatus, PathChart, BandBadge],
  template: `
    <h1>Replay a past day</h1>
    <p class="lead">
      The index, band, alerts and digest as they were on a day, from only the evidence recorded by then — beside what we know now.
    </p>
    <div class="presets">
      @for (p of presets.value() ?? []; track p.key) {
        <button
          mat-stroked-button
          type="button"
          [attr.data-replay]="p.key"
          [attr.aria-pressed]="date() === p.date"
          (click)="pick(p.date)"
          [title]="p.note"
        >
          {{ p.name }}
        </button>
      }
    </div>
    <p>
      <label
        >Day
        <input
          kemDateInput
          #day="kemDateInput"
          [day]="date() ?? ''"
          (change)="pick(day.value())"
          aria-describedby="replay-date-hint"
          data-testid="replay-date"
      /></label>
      <span id="replay-date-hint" [class]="outOfRange() ? 'error' : 'muted'">A day from {{ firstDay() }} to today</span>
    </p>
    @if (date() !== null) {
      <kem-load-status [state]="replay.state()" loadingLabel="Replaying" failedText="The replay failed" (retry)="replay.reload()" />
    }
    @if (replay.value(); as r) {
      <section data-testid="replay-result">
        <h2>{{ r.digest.headline }}</h2>
        <div class="headline">
          <div>
            <span class="caption">As known on {{ r.date }}</span>
            <span class="value" data-testid="replay-value">{{ r.value | number: '1.1-1' }}</span>
            @if (r.band && r.bandLabel) {
              <kem-band-badge [band]="r.band" [label]="r.bandLabel" />
            }
          </div>
          <div>
            <span class="caption">Same day, with what we know now</span>
            <span class="value muted">{{ r.hindsight.value | number: '1.1-1' }}</span>
          </div>
        </div>
        <p>
          {{ r.eventsKnown }} events about days up to it were on record that day; {{ r.eventsLearnedLater }} more were recorded only later.
        </p>
        <kem-path-chart
          name="replay"
          [from]="r.series.from"
          [paths]="paths()"
          [markDay]="r.date"
          label="The index as known on the day beside hindsight"
        />
        <h3>Alerts that day</h3>
        <ul>
          @for (a of r.alerts; track a.kind) {
            <li>{{ a.message }}</li>
          } @empty {
            <li class="muted">No threshold alert.</li>
          }
        </ul>
        <h3>The digest as it would have gone out</h3>
        <ul data-testid="replay-digest">
          @for (line of r.digest.lines; track $index) {
            <li>{{ line }}</li>
          }
        </ul>
        <h3>Actions for that band</h3>
        <ul>
          @for (a of r.bandActions; track a.id) {
            <li>{{ a.text }}</li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './exposure-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplayPage {
  private readonly api = inject(ExposureApi);
  readonly today = inject(TODAY)();
  readonly presets = loadOnce(() => this.api.replayPresets());
  readonly date = signal<string | null>(null);
  /** The day typed is before the history or after today. */
  readonly outOfRange = signal(false);
  private readonly dateLocale = inject(DateLocaleSetting);
  readonly firstDay = computed(() => formatDateInput(HISTORY_START, this.dateLocale.locale()));
  readonly replay = loader(
    () => this.date(),
    (d) => (d === null ? null : this.api.replay(d)),
  );
  readonly paths = computed((): DailyPath[] => {
    const r = this.replay.value();
    if (!r) return [];
    return [
      { label: 'As known then', values: r.series.asKnown, color: '#1f5fbf' },
      { label: 'With hindsight', values: r.series.hindsight, color: '#6b7280', dashed: true },
    ];
  });

  /** A day typed in the field (on Enter or leaving it): replayed when it is a day the history holds. */
  pick(day: string): void {
    const valid = isIsoDay(day) && day >= HISTORY_START && day <= this.today;
    this.outOfRange.set(day !== '' && isIsoDay(day) && !valid);
    this.date.set(valid ? day : null);
  }
}

import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute } from '@angular/router';
import { HeldLevelDto, HypotheticalEventDto, ProjectionPathView, ScenarioPresetView, ScenarioProjectionView } from '@kem/contracts';
import { apiFieldErrors, errorMessage, ExposureApi, loadOnce } from '@kem/dashboard-core';
import { DateInput, LoadStatus } from '@kem/dashboard-ui';
import { METHOD_V2 } from '@kem/scoring';
import { PathChart } from './path-chart';
import { DailyPath } from './path-chart.config';

/**
 * "What happens if CPC stops for 8 weeks": presets from the seed articles, a builder of hypothetical
 * events and held levels, the projected path beside the baseline (country and, optionally, a
 * footprint), band crossings and the actions the scenario would trigger. Projections write nothing.
 */
@Component({
  selector: 'kem-scenarios-page',
  imports: [DateInput, MatButtonModule, DecimalPipe, LoadStatus, PathChart],
  templateUrl: './scenarios-page.html',
  styleUrl: './exposure-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScenariosPage {
  private readonly api = inject(ExposureApi);
  readonly indicators = METHOD_V2.indicators.map((d) => ({ key: d.key, name: d.name }));
  readonly presets = loadOnce(() => this.api.presets());
  readonly saved = loadOnce(() => this.api.scenarios());
  readonly footprints = loadOnce(() => this.api.footprints());

  readonly name = signal('');
  readonly events = signal<HypotheticalEventDto[]>([]);
  readonly holds = signal<HeldLevelDto[]>([]);
  readonly horizonMonths = signal(12);
  readonly footprintId = signal<number | null>(null);
  readonly shared = signal(false);
  readonly presetKey = signal<string | null>(null);

  readonly projection = signal<ScenarioProjectionView | null>(null);
  readonly running = signal(false);
  readonly error = signal<string | null>(null);
  readonly message = signal<string | null>(null);

  readonly paths = computed((): DailyPath[] => {
    const p = this.projection();
    if (!p) return [];
    const out: DailyPath[] = [
      { label: 'Country baseline (no new news)', values: p.country.baseline, color: '#6b7280', dashed: true },
      { label: 'Country with the scenario', values: p.country.scenario, color: '#b3261e', band: p.country },
    ];
    if (p.company) {
      out.push(
        { label: `${p.company.footprintName} baseline`, values: p.company.baseline, color: '#8ab4f8', dashed: true },
        { label: `${p.company.footprintName} with the scenario`, values: p.company.scenario, color: '#1f5fbf', band: p.company },
      );
    }
    return out;
  });

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const id = Number(params.get('id'));
        if (Number.isInteger(id) && id > 0) this.openSaved(id);
      });
  }

  usePreset(p: ScenarioPresetView): void {
    this.presetKey.set(p.key);
    this.name.set(p.name);
    this.events.set(p.definition.events.map((e) => ({ ...e })));
    this.holds.set(p.definition.holds.map((h) => ({ ...h })));
    this.run();
  }

  openSaved(id: number): void {
    this.api.scenario(id).subscribe({
      next: (s) => {
        this.name.set(s.name);
        this.events.set(s.events);
        this.holds.set(s.holds);
        this.horizonMonths.set(s.horizonMonths);
        this.footprintId.set(s.footprintId);
        this.shared.set(s.shared);
        this.run();
      },
      error: (e: unknown) => this.error.set(errorMessage(e)),
    });
  }

  addEvent(): void {
    const today = this.projection()?.today ?? new Date().toISOString().slice(0, 10);
    this.events.update((list) => [...list, { indicatorKey: 'cpc_pipeline', severity: 3, start: today, durationDays: 30 }]);
  }

  setEvent(i: number, change: Partial<HypotheticalEventDto>): void {
    this.events.update((list) => list.map((e, j) => (j === i ? { ...e, ...change } : e)));
  }

  removeEvent(i: number): void {
    this.events.update((list) => list.filter((_, j) => j !== i));
  }

  removeHold(i: number): void {
    this.holds.update((list) => list.filter((_, j) => j !== i));
  }

  private body() {
    return { events: this.events(), holds: this.holds(), horizonMonths: this.horizonMonths(), footprintId: this.footprintId() };
  }

  run(): void {
    this.running.set(true);
    this.error.set(null);
    this.api.project(this.body()).subscribe({
      next: (p) => {
        this.projection.set(p);
        this.running.set(false);
      },
      error: (e: unknown) => {
        this.running.set(false);
        const fields = apiFieldErrors(e);
        this.error.set(fields.length ? fields.map((f) => f.message).join('; ') : errorMessage(e));
      },
    });
  }

  save(): void {
    this.message.set(null);
    this.api.saveScenario({ ...this.body(), name: this.name().trim() || 'Unnamed scenario', shared: this.shared() }).subscribe({
      next: (s) => {
        this.saved.reload();
        this.message.set(s.shared ? `Saved. Share this link with signed-in colleagues: ${s.link}` : 'Saved (private to you).');
      },
      error: (e: unknown) => this.error.set(errorMessage(e)),
    });
  }

  num(value: string): number {
    return Number(value);
  }

  nameOf(key: string | null): string {
    return this.indicators.find((i) => i.key === key)?.name ?? 'Index band';
  }

  /** ", at the horizon 41.2–55.0" for the last day of a scenario path's band (empty without one). */
  endBand(path: ProjectionPathView): string {
    const lower = path.lower.at(-1);
    const upper = path.upper.at(-1);
    return lower == null || upper == null ? '' : `, at the horizon ${lower.toFixed(1)}–${upper.toFixed(1)}`;
  }
}

import { DatePipe, DecimalPipe, DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { IndicatorView, ProfileView } from '@kem/contracts';
import { IndexApi, indicatorNames, IndicatorsApi, loadOnce, methodologyLoader, ProfilesApi } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { DEFAULT_BAND_SCALE, SEVERITY_RUBRIC } from '@kem/scoring';
import { forkJoin, map, tap } from 'rxjs';
import { IndicatorMethod } from '../indicator-method/indicator-method';
import { MethodV2, METHOD_V2_SECTIONS } from '../method-v2/method-v2';
import { comparisonLines } from '../method-v2/method-v2.model';
import { attributionExample, bandRows, dirichletWeightSd, profileWeightsView, renormalisationExample } from '../composite-model';
import { GEOMETRIC_OFFSET, indicatorMethodViews, MONTE_CARLO_SETTINGS } from '../methodology-model';

/** The page's sections, in order: the table of contents links to each h2 by id. */
export const METHODOLOGY_SECTIONS = [
  { id: 'reading', title: 'How to read the index' },
  ...METHOD_V2_SECTIONS,
  { id: 'indicators', title: 'Indicators and how each is scored' },
  { id: 'composite', title: 'The composite index and weight profiles' },
  { id: 'bands', title: 'Risk bands and due-diligence actions' },
  { id: 'severity', title: 'Severity rubric' },
  { id: 'explanations', title: 'Explaining changes' },
  { id: 'uncertainty', title: 'Uncertainty' },
  { id: 'sources', title: 'Sources and data' },
] as const;

/** First day of the index history, where the comparison of methods starts. */
const COMPARISON_FROM = '2014-01-01';

/** The profile shown first: the one the index is served under by default. */
const DEFAULT_PROFILE = 'default';

/**
 * How the exposure index is made, generated from the live indicator definitions (GET /api/indicators)
 * and weight profiles (GET /api/profiles): parameters, weights and worked examples change with them.
 */
@Component({
  selector: 'kem-methodology-page',
  imports: [DatePipe, DecimalPipe, IndicatorMethod, LoadStatus, MethodV2, MatFormFieldModule, MatInputModule, RouterLink],
  templateUrl: './methodology-page.html',
  styleUrl: './methodology-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MethodologyPage {
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly profilesApi = inject(ProfilesApi);
  private readonly indexApi = inject(IndexApi);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly sections = METHODOLOGY_SECTIONS;
  readonly data = loadOnce(() =>
    forkJoin({ indicators: this.indicatorsApi.list(), profiles: this.profilesApi.list() }).pipe(
      tap(() => {
        const fragment = this.route.snapshot.fragment;
        if (fragment) afterNextRender(() => this.goTo(fragment), { injector: this.injector });
      }),
    ),
  );
  /** The served method's coefficients and validation (GET /api/methodology); the page reads without it if it fails. */
  readonly methodology = methodologyLoader();
  /** The default profile's index by month under both methods, for the comparison chart. */
  readonly comparison = loadOnce(() =>
    forkJoin({
      v1: this.indexApi.series({ from: COMPARISON_FROM, interval: 'month', method: 1 }),
      v2: this.indexApi.series({ from: COMPARISON_FROM, interval: 'month', method: 2 }),
    }).pipe(map(({ v1, v2 }) => comparisonLines(v1, v2))),
  );
  readonly indicators = computed<IndicatorView[]>(() => this.data.value()?.indicators ?? []);
  readonly indicatorNames = computed(() => indicatorNames(this.indicators()));
  readonly profiles = computed<ProfileView[]>(() => this.data.value()?.profiles ?? []);
  private readonly chosenSlug = signal<string | null>(null);

  readonly bands = bandRows(DEFAULT_BAND_SCALE);
  readonly rubric = SEVERITY_RUBRIC;
  readonly monteCarlo = MONTE_CARLO_SETTINGS;
  readonly geometricOffset = GEOMETRIC_OFFSET;

  readonly indicatorViews = computed(() => indicatorMethodViews(this.indicators()));
  readonly eventIndicatorCount = computed(() => this.indicators().filter((i) => i.method.kind !== 'metric').length);

  /** The impact table p(σ) when every event-based indicator uses the same one, else null. */
  readonly commonImpacts = computed(() => {
    const tables = this.indicators().flatMap((i) =>
      i.method.kind === 'event_pressure' ? [i.method.impacts] : i.method.kind === 'stage' ? [i.method.enforcement.impacts] : [],
    );
    if (tables.length === 0) return null;
    const first = tables[0].join(',');
    return tables.every((t) => t.join(',') === first) ? tables[0] : null;
  });

  readonly selectedProfile = computed<ProfileView | null>(() => {
    const list = this.profiles();
    return list.find((p) => p.slug === this.chosenSlug()) ?? list.find((p) => p.slug === DEFAULT_PROFILE) ?? list[0] ?? null;
  });
  readonly weights = computed(() => {
    const profile = this.selectedProfile();
    return profile ? profileWeightsView(profile, this.indicators()) : null;
  });
  readonly renormalisation = computed(() => {
    const weights = this.weights();
    return weights ? renormalisationExample(weights, this.indicators()) : null;
  });
  readonly attribution = computed(() => {
    const weights = this.weights();
    try {
      return weights ? attributionExample(weights, this.indicators()) : null;
    } catch {
      return null; // weights the scoring library rejects: the page explains without the example
    }
  });
  /** The heaviest weight of the selected profile and how much the Monte Carlo draws move it. */
  readonly weightSpread = computed(() => {
    const heaviest = this.weights()?.rows[0];
    return heaviest && heaviest.share > 0 ? { row: heaviest, sd: dirichletWeightSd(heaviest.share) } : null;
  });

  selectProfile(slug: string): void {
    this.chosenSlug.set(slug);
  }

  /** Moves keyboard focus (and with it the view) to a section heading. */
  goTo(id: string): void {
    const heading = this.document.getElementById(id);
    if (!heading) return;
    heading.focus();
    heading.scrollIntoView?.({ block: 'start' });
  }
}

import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { CreateFootprintRequest, FootprintView } from '@kem/contracts';
import { ExposureApi, loader, loadOnce, saveFailureMessage } from '@kem/dashboard-core';
import { BandBadge } from '@kem/dashboard-charts';
import { applyFieldErrors, LoadStatus } from '@kem/dashboard-ui';
import { SITE_REGIONS } from '@kem/scoring';
import { PathChart } from './path-chart';
import { DailyPath } from './path-chart.config';

/**
 * "How exposed are we today, why, and what should we do": the footprint form, the company index
 * beside the country index with the stated reason, the channels, the actions ranked for this
 * footprint, and the published exposure rule.
 */
@Component({
  selector: 'kem-footprint-page',
  imports: [ReactiveFormsModule, MatButtonModule, DecimalPipe, LoadStatus, PathChart, BandBadge],
  templateUrl: './footprint-page.html',
  styleUrl: './exposure-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootprintPage {
  private readonly api = inject(ExposureApi);
  readonly regions = SITE_REGIONS;
  readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    revenueShareKz: [0, [Validators.required, Validators.min(0), Validators.max(100)]],
    exportRouteShare: [0, [Validators.required, Validators.min(0), Validators.max(100)]],
    russianInputShare: [0, [Validators.required, Validators.min(0), Validators.max(100)]],
    staffInKz: [0, [Validators.required, Validators.min(0), Validators.max(1_000_000)]],
    sitesInKz: [0, [Validators.required, Validators.min(0), Validators.max(10_000)]],
    foreignFundedPartners: [0, [Validators.required, Validators.min(0), Validators.max(10_000)]],
    paymentsViaRussia: [false],
    dataViaRussia: [false],
    telecomViaRussia: [false],
  });
  readonly siteRegions = signal<string[]>([]);
  readonly footprints = loadOnce(() => this.api.footprints());
  readonly rule = loadOnce(() => this.api.rule());
  readonly selected = signal<number | null>(null);
  readonly index = loader(
    () => this.selected(),
    (id) => (id === null ? null : this.api.companyIndex(id)),
  );
  readonly saving = signal(false);
  readonly saveError = signal<string | null>(null);

  readonly paths = computed((): DailyPath[] => {
    const v = this.index.value();
    if (!v) return [];
    return [
      { label: 'Country index', values: v.series.country, color: '#6b7280', dashed: true },
      { label: `${v.footprint.name} (company index)`, values: v.series.company, color: '#1f5fbf' },
    ];
  });

  /** Channels with a factor, largest first, for the factor table. */
  readonly channels = computed(() => [...(this.index.value()?.channels ?? [])].sort((a, b) => b.factor - a.factor));

  edit(f: FootprintView): void {
    this.form.setValue({
      name: f.name,
      revenueShareKz: f.revenueShareKz,
      exportRouteShare: f.exportRouteShare,
      russianInputShare: f.russianInputShare,
      staffInKz: f.staffInKz,
      sitesInKz: f.sitesInKz,
      foreignFundedPartners: f.foreignFundedPartners,
      paymentsViaRussia: f.paymentsViaRussia,
      dataViaRussia: f.dataViaRussia,
      telecomViaRussia: f.telecomViaRussia,
    });
    this.siteRegions.set([...f.siteRegions]);
    this.selected.set(f.id);
  }

  toggleRegion(key: string, on: boolean): void {
    this.siteRegions.update((list) => (on ? [...new Set([...list, key])] : list.filter((k) => k !== key)));
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const body: CreateFootprintRequest = { ...this.form.getRawValue(), siteRegions: this.siteRegions() };
    const id = this.selected();
    this.saving.set(true);
    this.saveError.set(null);
    (id === null ? this.api.createFootprint(body) : this.api.updateFootprint(id, body)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.footprints.reload();
        if (this.selected() === saved.id) this.index.reload();
        else this.selected.set(saved.id);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(saveFailureMessage(error, (fields) => applyFieldErrors(fields, (f) => this.form.get(f))));
      },
    });
  }

  startNew(): void {
    this.form.reset();
    this.siteRegions.set([]);
    this.selected.set(null);
  }

  share(v: number): string {
    return `${Math.round(v * 100)} %`;
  }
}

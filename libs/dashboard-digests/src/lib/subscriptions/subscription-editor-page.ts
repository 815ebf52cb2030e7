import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CADENCES } from '@kem/contracts';
import { DigestsApi, ExposureApi, formSave, hasRole, ProfilesApi, recordLoader } from '@kem/dashboard-core';
import { FormFooter, LoadStatus } from '@kem/dashboard-ui';
import { forkJoin, map, of, tap } from 'rxjs';
import { CADENCE_LABELS, TIME_ZONE_SUGGESTIONS } from '../shared/digest-format';
import {
  applyServerErrors,
  buildSubscriptionForm,
  formToRequest,
  subscriptionControlError,
  SubscriptionFormValue,
  subscriptionToFormValue,
} from './subscription-form';

/** Creates or changes a subscription: admins for anyone, users for themselves. */
@Component({
  selector: 'kem-subscription-editor-page',
  imports: [
    FormFooter,
    LoadStatus,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './subscription-editor-page.html',
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubscriptionEditorPage {
  private readonly api = inject(DigestsApi);
  private readonly profilesApi = inject(ProfilesApi);
  private readonly exposureApi = inject(ExposureApi);
  private readonly router = inject(Router);

  /** Route parameter of subscriptions/:id/edit; absent on subscriptions/new. */
  readonly id = input<string>();

  readonly form = buildSubscriptionForm(inject(FormBuilder));
  readonly cadences = CADENCES.map((value) => ({ value, label: CADENCE_LABELS[value] }));
  readonly zones = TIME_ZONE_SUGGESTIONS;
  /** The rise alerts, one field each. */
  readonly rises = [
    { control: 'riseDay', period: 'a day' },
    { control: 'riseWeek', period: 'a week' },
  ] as const;
  readonly isAdmin = hasRole('admin');
  readonly editing = computed(() => this.id() !== undefined);
  private readonly saveRun = formSave(this.form, (fieldErrors) => applyServerErrors(this.form, fieldErrors));
  readonly saving = this.saveRun.saving;
  readonly saveError = this.saveRun.error;
  /** The profiles and footprints to choose from, and the subscription being changed (absent on subscriptions/new); the form gets its fields. */
  readonly opening = recordLoader('subscription', this.id, (id) =>
    forkJoin({
      profiles: this.profilesApi.list(),
      footprints: this.exposureApi.footprints().pipe(map((page) => page.items)),
      subscription: id === null ? of(null) : this.api.subscription(id),
    }).pipe(
      tap(({ profiles, subscription }) => {
        if (subscription) this.form.setValue(subscriptionToFormValue(subscription));
        else if (!profiles.some((p) => p.slug === 'default') && profiles.length > 0) this.form.controls.profile.setValue(profiles[0].slug);
        this.followFootprint(this.form.controls.footprint.value);
      }),
    ),
  );
  /** Active profiles, and the archived one the subscription may still follow. */
  readonly profiles = computed(() => {
    const opened = this.opening.value();
    return (opened?.profiles ?? []).filter((p) => !p.archived || p.slug === opened?.subscription?.profile.slug);
  });
  /** Footprints the signed-in user may see: a digest can follow one's company index. */
  readonly footprints = computed(() => this.opening.value()?.footprints ?? []);

  constructor() {
    this.form.controls.footprint.valueChanges.subscribe((id) => this.followFootprint(id));
  }

  /** A footprint's digest reports its company index on the default profile; alerts stay with the country index. */
  private followFootprint(id: number | null): void {
    const { profile, bandChange, riseDay, riseWeek } = this.form.controls;
    const fixed = [profile, bandChange, riseDay, riseWeek];
    if (id === null) {
      for (const control of fixed) control.enable({ emitEvent: false });
      return;
    }
    profile.setValue('default');
    bandChange.setValue(false);
    riseDay.setValue(null);
    riseWeek.setValue(null);
    for (const control of fixed) control.disable({ emitEvent: false });
  }

  error(field: keyof SubscriptionFormValue): string {
    return subscriptionControlError(this.form.controls[field], field);
  }

  save(): void {
    const id = this.id();
    this.saveRun.run(
      () => {
        const body = formToRequest(this.form.getRawValue(), this.isAdmin());
        return id ? this.api.update(Number(id), body) : this.api.create(body);
      },
      () => void this.router.navigate(['/digests/subscriptions']),
    );
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DeliveryView, DigestRunView } from '@kem/contracts';
import { DigestsApi, errorMessage } from '@kem/dashboard-core';
import { filter, Observable } from 'rxjs';
import { confirmAction } from '@kem/dashboard-ui';
import { runSummary } from '../shared/digest-format';

/** Admin buttons: a test digest to yourself, the due check now, and a forced send of the current period. */
@Component({
  selector: 'kem-digest-admin-actions',
  imports: [MatButtonModule],
  template: `
    <section class="admin-actions" aria-label="Digest actions">
      <button mat-stroked-button type="button" (click)="sendTest()" [disabled]="busy()" data-testid="send-test">
        Send me a test digest
      </button>
      <button mat-stroked-button type="button" (click)="run(false)" [disabled]="busy()" data-testid="run">Run due check now</button>
      <button mat-stroked-button type="button" (click)="forceRun()" [disabled]="busy()" data-testid="force-run">
        Force send this period
      </button>
    </section>
    <p class="notice" role="status" aria-live="polite" data-testid="action-result">{{ result() }}</p>
  `,
  styles: `
    .admin-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .notice {
      margin: 8px 0 0;
      min-height: 1.5em;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestAdminActions {
  private readonly api = inject(DigestsApi);
  private readonly confirm = confirmAction();

  readonly busy = signal(false);
  readonly result = signal('');
  readonly lastRun = signal<DigestRunView | null>(null);

  sendTest(): void {
    this.track(this.api.sendTest({}), (delivery: DeliveryView) =>
      delivery.status === 'sent'
        ? `Test digest sent to ${delivery.recipient}${delivery.transport === 'outbox' ? ' (in the outbox)' : ''}.`
        : `Test digest to ${delivery.recipient} is ${delivery.status}${delivery.lastError ? `: ${delivery.lastError}` : ''}.`,
    );
  }

  run(force: boolean): void {
    this.track(this.api.run(force), (run: DigestRunView) => {
      this.lastRun.set(run);
      return runSummary(run);
    });
  }

  forceRun(): void {
    this.confirm({
      title: 'Send this period’s digests now?',
      message:
        'This sends every active subscription’s digest for the current period now, whether it is due or not. ' +
        'Each subscriber still gets that period’s digest only once: those who already had it are skipped.',
      confirm: 'Send now',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(true));
  }

  private track<T>(request: Observable<T>, describe: (value: T) => string): void {
    this.busy.set(true);
    this.result.set('Working…');
    request.subscribe({
      next: (value) => {
        this.result.set(describe(value));
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.result.set(`That did not work: ${errorMessage(error)}`);
        this.busy.set(false);
      },
    });
  }
}

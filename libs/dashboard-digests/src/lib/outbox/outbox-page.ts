import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { OutboxMessageView, Page } from '@kem/contracts';
import { DigestsApi, errorMessage } from '@kem/dashboard-core';
import { instantText } from '../shared/digest-format';

const PAGE_SIZE = 50;

/** The in-app outbox (no SMTP server configured): what would have been sent, to read or download. */
@Component({
  selector: 'kem-outbox-page',
  imports: [MatButtonModule, MatCardModule, MatPaginatorModule, MatProgressBarModule, RouterLink],
  template: `
    <header class="page-header">
      <div>
        <h1>Outbox</h1>
        <p>Without an SMTP server, messages are kept here instead of being sent. Open one to read it, or download it as .eml.</p>
      </div>
    </header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the outbox" />
    } @else if (error(); as message) {
      <mat-card appearance="outlined" class="state" role="alert">
        <mat-card-content><p>The outbox could not be loaded: {{ message }}</p></mat-card-content>
        <mat-card-actions><button mat-stroked-button type="button" (click)="load()">Try again</button></mat-card-actions>
      </mat-card>
    } @else if (result(); as page) {
      @if (page.items.length === 0) {
        <mat-card appearance="outlined" class="state">
          <mat-card-content><p>The outbox is empty.</p></mat-card-content>
        </mat-card>
      } @else {
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">Messages in the outbox, newest first</caption>
            <thead>
              <tr>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Stored</th>
                <th scope="col">Size</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              @for (message of page.items; track message.id) {
                <tr [attr.data-message]="message.id">
                  <td>{{ message.recipient }}</td>
                  <td><a [routerLink]="['/digests/outbox', message.id]">{{ message.subject }}</a></td>
                  <td>{{ instantText(message.createdAt) }}</td>
                  <td>{{ kb(message.sizeBytes) }}</td>
                  <td class="row-actions">
                    <a mat-button [href]="api.emlUrl(message.id)" [attr.download]="'kem-message-' + message.id + '.eml'" data-testid="eml">Download .eml</a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (page.total > page.pageSize) {
          <mat-paginator [length]="page.total" [pageIndex]="page.page - 1" [pageSize]="pageSize" [hidePageSize]="true" (page)="onPage($event)" aria-label="Outbox pages" />
        }
      }
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage implements OnInit {
  readonly api = inject(DigestsApi);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly result = signal<Page<OutboxMessageView> | null>(null);
  readonly pageSize = PAGE_SIZE;
  readonly instantText = instantText;
  private page = 1;

  ngOnInit(): void {
    this.load();
  }

  kb(bytes: number): string {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  onPage(event: PageEvent): void {
    this.page = event.pageIndex + 1;
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.outbox(this.page, PAGE_SIZE).subscribe({
      next: (page) => {
        this.result.set(page);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(errorMessage(error));
        this.loading.set(false);
      },
    });
  }
}

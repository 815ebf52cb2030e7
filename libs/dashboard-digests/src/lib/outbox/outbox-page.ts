import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { DigestsApi, loader } from '@kem/dashboard-core';
import { LoadStatus } from '@kem/dashboard-ui';
import { instantText } from '../shared/digest-format';

const PAGE_SIZE = 50;

/** The in-app outbox (no SMTP server configured): what would have been sent, to read or download. */
@Component({
  selector: 'kem-outbox-page',
  imports: [LoadStatus, MatButtonModule, MatPaginatorModule, RouterLink],
  template: `
    <header class="page-header">
      <div>
        <h1>Outbox</h1>
        <p>Without an SMTP server, messages are kept here instead of being sent. Open one to read it, or download it as .eml.</p>
      </div>
    </header>
    <kem-load-status
      [state]="list.state()"
      [empty]="list.empty()"
      loadingLabel="Loading the outbox"
      failedText="The outbox could not be loaded"
      (retry)="list.reload()"
    >
      <span empty>The outbox is empty.</span>
    </kem-load-status>
    @if (!list.loading() && !list.empty() && list.value(); as page) {
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">
            Messages in the outbox, newest first
          </caption>
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
                <td>
                  <a [routerLink]="['/digests/outbox', message.id]">{{ message.subject }}</a>
                </td>
                <td>{{ instantText(message.createdAt) }}</td>
                <td>{{ kb(message.sizeBytes) }}</td>
                <td class="row-actions">
                  <a mat-button [href]="api.emlUrl(message.id)" [attr.download]="'kem-message-' + message.id + '.eml'" data-testid="eml"
                    >Download .eml</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (page.total > page.pageSize) {
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="pageSize"
          [hidePageSize]="true"
          (page)="onPage($event)"
          aria-label="Outbox pages"
        />
      }
    }
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  readonly api = inject(DigestsApi);
  readonly pageSize = PAGE_SIZE;
  readonly instantText = instantText;
  private readonly page = signal(1);
  readonly list = loader(this.page, (page) => this.api.outbox(page, PAGE_SIZE));

  kb(bytes: number): string {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DigestsApi, pagedList } from '@kem/dashboard-core';
import { ACTIONS_COLUMN, PagedTable, TableHead } from '@kem/dashboard-ui';
import { instantText } from '../shared/digest-format';

const PAGE_SIZE = 50;

/** The in-app outbox (no SMTP server configured): what would have been sent, to read or download. */
@Component({
  selector: 'kem-outbox-page',
  imports: [MatButtonModule, PagedTable, RouterLink, TableHead],
  template: `
    <header class="page-header">
      <div>
        <h1>Outbox</h1>
        <p>Without an SMTP server, messages are kept here instead of being sent. Open one to read it, or download it as .eml.</p>
      </div>
    </header>
    <kem-paged-table
      [source]="list"
      loadingLabel="Loading the outbox"
      failedText="The outbox could not be loaded"
      pagerLabel="Outbox pages"
    >
      <span empty>The outbox is empty.</span>
      <caption class="visually-hidden">
        Messages in the outbox, newest first
      </caption>
      <thead [kemTableHead]="columns"></thead>
      <tbody>
        @for (message of list.value()?.items ?? []; track message.id) {
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
    </kem-paged-table>
  `,
  styleUrl: '../shared/digests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  readonly api = inject(DigestsApi);
  readonly instantText = instantText;
  readonly columns = ['To', 'Subject', 'Stored', 'Size', ACTIONS_COLUMN];
  readonly list = pagedList(PAGE_SIZE, ({ page, pageSize }) => this.api.outbox(page, pageSize));

  kb(bytes: number): string {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
}

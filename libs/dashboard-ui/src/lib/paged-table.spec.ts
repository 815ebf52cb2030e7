import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { LoadStatusState } from './load-status';
import { PagedTable, TablePage } from './paged-table';
import { TableHead } from './table-head';

interface Thing {
  id: number;
  name: string;
}

@Component({
  imports: [PagedTable, TableHead],
  template: `<kem-paged-table
    [source]="list"
    loadingLabel="Loading things"
    failedText="The things could not be loaded"
    pagerLabel="Pages of things"
  >
    <span empty>No things yet.</span>
    <caption>
      Things
    </caption>
    <thead [kemTableHead]="['Name']"></thead>
    <tbody>
      @for (thing of page()?.items ?? []; track thing.id) {
        <tr>
          <td>{{ thing.name }}</td>
        </tr>
      }
    </tbody>
  </kem-paged-table>`,
})
class Host {
  readonly state = signal<LoadStatusState>({ loading: true, error: null });
  readonly page = signal<(TablePage & { items: Thing[] }) | null>(null);
  readonly empty = signal(false);
  readonly reloads = signal(0);
  readonly pages: { pageIndex: number; pageSize: number }[] = [];
  readonly list = {
    state: this.state,
    value: this.page,
    empty: this.empty,
    reload: () => this.reloads.update((n) => n + 1),
    goToPage: (event: { pageIndex: number; pageSize: number }) => this.pages.push(event),
  };
}

describe('PagedTable', () => {
  async function open() {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement, stable: () => fixture.whenStable() };
  }

  it('shows the page’s rows in one table with its caption, keeps them dimmed while the next page loads, and pages on request', async () => {
    const { host, el, stable } = await open();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Loading things');
    expect(el.querySelector('table')).toBeNull();

    host.state.set({ loading: false, error: null });
    host.page.set({ items: [{ id: 1, name: 'first' }], total: 120, page: 1, pageSize: 50 });
    await stable();
    const table = el.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent?.trim()).toBe('Things');
    expect(Array.from(table.querySelectorAll('tbody td')).map((td) => td.textContent)).toEqual(['first']);
    const pager = el.querySelector('mat-paginator');
    expect(pager?.getAttribute('aria-label')).toBe('Pages of things');
    (el.querySelector('button[aria-label="Next page"]') as HTMLButtonElement).click();
    expect(host.pages.map((p) => p.pageIndex)).toEqual([1]);

    host.state.set({ loading: true, error: null });
    await stable();
    expect(el.querySelector('.table-wrap')?.classList).toContain('stale');
  });

  it('reloads its source on “Try again”', async () => {
    const { host, el, stable } = await open();
    host.state.set({ loading: false, error: 'timeout' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The things could not be loaded: timeout');
    (el.querySelector('[role=alert] button') as HTMLButtonElement).click();
    expect(host.reloads()).toBe(1);
  });

  it('has no pager for a single page, and shows the empty message instead of a table', async () => {
    const { host, el, stable } = await open();
    host.state.set({ loading: false, error: null });
    host.page.set({ items: [{ id: 1, name: 'only' }], total: 1, page: 1, pageSize: 50 });
    await stable();
    expect(el.querySelector('table')).not.toBeNull();
    expect(el.querySelector('mat-paginator')).toBeNull();

    host.page.set({ items: [], total: 0, page: 1, pageSize: 50 });
    host.empty.set(true);
    await stable();
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('[data-testid=empty]')?.textContent).toContain('No things yet.');
  });
});

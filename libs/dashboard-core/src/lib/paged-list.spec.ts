import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { pagedList } from './url-paged-list';

describe('pagedList', () => {
  it('loads page 1, then the page the paginator asks for, at its fixed size', () => {
    const fetch = jest.fn(({ page, pageSize }: { page: number; pageSize: number }) => of({ items: [page], total: 120, page, pageSize }));
    const list = TestBed.runInInjectionContext(() => pagedList(50, fetch));
    TestBed.tick();
    expect(fetch).toHaveBeenLastCalledWith({ page: 1, pageSize: 50 });

    list.goToPage({ pageIndex: 2, pageSize: 50 });
    TestBed.tick();
    expect(fetch).toHaveBeenLastCalledWith({ page: 3, pageSize: 50 });
    expect(list.value()?.items).toEqual([3]);
  });
});

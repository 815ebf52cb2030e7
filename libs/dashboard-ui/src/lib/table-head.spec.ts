import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ACTIONS_COLUMN, TableHead } from './table-head';

@Component({
  imports: [TableHead],
  template: `<table>
    <thead [kemTableHead]="['Profile', { label: 'Latest', numeric: true }, actions]"></thead>
  </table>`,
})
class Host {
  readonly actions = ACTIONS_COLUMN;
}

describe('TableHead', () => {
  it('heads each column with a th of scope col, right-aligns numeric ones and keeps hidden ones for screen readers only', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const cells = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('thead > tr > th'));
    expect(cells.map((th) => [th.getAttribute('scope'), th.textContent?.trim(), th.classList.contains('num')])).toEqual([
      ['col', 'Profile', false],
      ['col', 'Latest', true],
      ['col', 'Actions', false],
    ]);
    expect(cells[2].querySelector('span.visually-hidden')?.textContent).toBe('Actions');
  });
});

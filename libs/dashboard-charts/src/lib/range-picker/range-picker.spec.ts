import { Component, signal } from '@angular/core';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { RangeSelection } from '../range';
import { RangePicker } from './range-picker';

@Component({
  imports: [RangePicker],
  template: `<kem-range-picker
    [selection]="selection()"
    from="2023-11-25"
    to="2026-11-24"
    max="2026-11-24"
    (selectionChange)="chosen.push($event)"
  />`,
})
class Host {
  readonly selection = signal<RangeSelection>({ kind: 'preset', preset: '3y' });
  readonly chosen: RangeSelection[] = [];
}

describe('RangePicker', () => {
  beforeEach(() => TestBed.configureTestingModule({ deferBlockBehavior: DeferBlockBehavior.Manual }));

  /** The picker once the page is idle: its custom days rendered. */
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, host: fixture.componentInstance, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('shows the range in force and emits a preset when one is pressed', async () => {
    const { host, loader, el } = await render();
    const group = await loader.getHarness(MatButtonToggleGroupHarness);
    const toggles = await group.getToggles();
    expect(await Promise.all(toggles.map((t) => t.getText()))).toEqual([
      '1Y: the last year',
      '3Y: the last 3 years',
      '5Y: the last 5 years',
      'All: the whole history',
    ]);
    expect(await toggles[1].isChecked()).toBe(true);
    await toggles[0].check();
    expect(host.chosen).toEqual([{ kind: 'preset', preset: '1y' }]);
    expect((el.querySelector('[data-testid=range-from]') as HTMLInputElement).value).toBe('25 Nov 2023');
  });

  it('applies custom days, and explains what is wrong with bad ones', async () => {
    const { fixture, host, el } = await render();
    const from = el.querySelector('[data-testid=range-from]') as HTMLInputElement;
    const to = el.querySelector('[data-testid=range-to]') as HTMLInputElement;
    const apply = el.querySelector('form button') as HTMLButtonElement;
    from.value = '2022-06-01';
    to.value = '2022-01-01';
    apply.click();
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('must not be after');
    expect(host.chosen).toEqual([]);
    to.value = '2022-12-31';
    apply.click();
    await fixture.whenStable();
    expect(host.chosen).toEqual([{ kind: 'custom', from: '2022-06-01', to: '2022-12-31' }]);
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('reads days written the app’s way ("4 Dec 2025"), not mm/dd/yyyy', async () => {
    const { fixture, host, el } = await render();
    const from = el.querySelector('[data-testid=range-from]') as HTMLInputElement;
    const to = el.querySelector('[data-testid=range-to]') as HTMLInputElement;
    expect(from.type).toBe('text');
    from.value = '16 Jan 2022';
    to.value = '4 Dec 2025';
    (el.querySelector('form button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(host.chosen).toEqual([{ kind: 'custom', from: '2022-01-16', to: '2025-12-04' }]);
    from.value = '01/16/2022';
    (el.querySelector('form button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('e.g. 4 Dec 2025');
  });

  it('keeps the custom days’ place and renders them once the page is idle', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.custom-placeholder')).not.toBeNull();
    expect(el.querySelector('[data-testid=range-from]')).toBeNull();
    const [block] = await fixture.getDeferBlocks();
    await block.render(DeferBlockState.Complete);
    expect(el.querySelector('.custom-placeholder')).toBeNull();
    expect((el.querySelector('[data-testid=range-from]') as HTMLInputElement).value).toBe('25 Nov 2023');
  });
});

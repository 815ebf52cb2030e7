import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';

/**
 * Fills and submits a rendered form as a user would, finding each field by its data-testid:
 * type into an input (then leave it), choose a select option by its text, submit, and read what a field shows.
 */
export function formDriver(fixture: ComponentFixture<unknown>) {
  const el = fixture.nativeElement as HTMLElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const stable = () => fixture.whenStable();
  return {
    loader,
    type: async (field: string, value: string) => {
      const input = el.querySelector(`[data-testid=${field}]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await stable();
    },
    choose: async (field: string, text: string | RegExp) => {
      const select = await loader.getHarness(MatSelectHarness.with({ selector: `[data-testid=${field}]` }));
      await select.open();
      await select.clickOptions({ text });
    },
    submit: async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await stable();
    },
    /** The text of the form field around the control: its label, hint or error. */
    fieldText: (field: string) => el.querySelector(`[data-testid=${field}]`)?.closest('mat-form-field')?.textContent ?? '',
  };
}

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormFooter } from './form-footer';

@Component({
  imports: [FormFooter],
  template: `<kem-form-footer [error]="error()" [saving]="saving()"><button type="submit">Save</button></kem-form-footer>`,
})
class Host {
  readonly error = signal<string | null>(null);
  readonly saving = signal(false);
}

describe('FormFooter', () => {
  it('shows the buttons, a labelled progress bar while saving, and why a save failed as an alert', async () => {
    const fixture = TestBed.createComponent(Host);
    const el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    expect(el.querySelector('.actions button')?.textContent).toBe('Save');
    expect(el.querySelector('[role=alert]')).toBeNull();
    expect(el.querySelector('mat-progress-bar')).toBeNull();

    fixture.componentInstance.saving.set(true);
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Saving');

    fixture.componentInstance.saving.set(false);
    fixture.componentInstance.error.set('Some fields need attention: see the message under each one.');
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toBe('Some fields need attention: see the message under each one.');
  });
});

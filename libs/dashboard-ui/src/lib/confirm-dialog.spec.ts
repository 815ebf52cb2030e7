import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { confirmAction } from './confirm-dialog';

describe('confirmAction', () => {
  async function answer(testId: 'confirm' | 'cancel'): Promise<boolean> {
    const confirm = TestBed.runInInjectionContext(() => confirmAction());
    const result = firstValueFrom(confirm({ title: 'Delete this?', message: 'It will be gone.', confirm: 'Delete' }));
    await TestBed.inject(ApplicationRef).whenStable();
    const pane = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(pane.textContent).toContain('Delete this?');
    expect(pane.textContent).toContain('It will be gone.');
    (pane.querySelector(`[data-testid=${testId}]`) as HTMLButtonElement).click();
    return result;
  }

  it('emits true when confirmed', async () => {
    expect(await answer('confirm')).toBe(true);
  });

  it('emits false when cancelled', async () => {
    expect(await answer('cancel')).toBe(false);
  });
});

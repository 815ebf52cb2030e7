import { afterNextRender, ElementRef, inject, Injector } from '@angular/core';

/** Finds the element to focus inside the component's host: a CSS selector, or a function of the host. */
export type FocusTarget = string | ((host: HTMLElement) => HTMLElement | null | undefined);

/**
 * Moves keyboard focus (and with it the view and a screen reader) to an element of this component once
 * the view is next drawn: after a change that draws it, such as a new selection or a failed save.
 * Nothing happens when the element is not there. Call in an injection context.
 */
export function focusAfterRender(): (target: FocusTarget) => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const injector = inject(Injector);
  return (target) =>
    afterNextRender(() => (typeof target === 'string' ? host.querySelector<HTMLElement>(target) : target(host))?.focus(), { injector });
}

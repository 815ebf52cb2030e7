import { signal, Signal } from '@angular/core';
import { Plugin } from 'chart.js';

/**
 * Mirrors the chart's active tooltip as text, for a live region: screen-reader users hear what a
 * pointer user sees, and browser tests can read it (the tooltip itself is drawn on the canvas).
 */
export function tooltipAnnouncer(): { plugin: Plugin; text: Signal<string> } {
  const text = signal('');
  const plugin: Plugin = {
    id: 'kemTooltipAnnouncer',
    afterDraw(chart) {
      const tooltip = chart.tooltip;
      const visible = !!tooltip && tooltip.opacity > 0 && tooltip.getActiveElements().length > 0;
      text.set(
        visible
          ? [...tooltip.title, ...tooltip.body.flatMap((b) => [...b.before, ...b.lines, ...b.after])]
              .filter((line) => line !== '')
              .join(' · ')
          : '',
      );
    },
  };
  return { plugin, text: text.asReadonly() };
}

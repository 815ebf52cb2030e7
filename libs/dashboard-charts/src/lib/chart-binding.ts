import { afterNextRender, DestroyRef, effect, ElementRef, inject, Signal, signal, untracked } from '@angular/core';
import { Chart, ChartConfiguration, ChartType, DefaultDataPoint, Plugin } from 'chart.js';
import { registerCharts } from './chart-registry';

/**
 * Marks the canvas `data-rendered="true"` once chart.js has drawn a frame with data (browser tests and
 * benchmarks wait for it), and removes the mark while the chart has nothing to show.
 */
export const renderedFlagPlugin: Plugin = {
  id: 'kemRenderedFlag',
  afterDraw(chart) {
    const hasData = chart.data.datasets.some((d) => !d.hidden && d.data.length > 0);
    if (hasData) chart.canvas.setAttribute('data-rendered', 'true');
    else chart.canvas.removeAttribute('data-rendered');
  },
};

/**
 * Draws `config` on the canvas: creates the chart once, after the first render (when the canvas is in
 * the DOM), then on every later config replaces data and options and calls `update()`; destroys the
 * chart with the component. Call in an injection context (a component's field initialiser).
 */
export function bindChart<TType extends ChartType, TData = DefaultDataPoint<TType>>(
  canvas: Signal<ElementRef<HTMLCanvasElement>>,
  config: Signal<ChartConfiguration<TType, TData>>,
): Signal<Chart<TType, TData> | null> {
  const chart = signal<Chart<TType, TData> | null>(null);
  let applied: ChartConfiguration<TType, TData> | null = null;
  let destroyed = false;

  afterNextRender({
    write: () => {
      if (destroyed) return;
      registerCharts();
      applied = untracked(config);
      const plugins = [...(applied.plugins ?? []), renderedFlagPlugin as Plugin<TType>];
      chart.set(new Chart<TType, TData>(canvas().nativeElement, { ...applied, plugins }));
    },
  });

  effect(() => {
    const next = config();
    const current = chart();
    if (!current || next === applied) return;
    applied = next;
    current.data = next.data;
    if (next.options) current.options = next.options;
    current.update();
  });

  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    untracked(chart)?.destroy();
    chart.set(null);
  });

  return chart.asReadonly();
}

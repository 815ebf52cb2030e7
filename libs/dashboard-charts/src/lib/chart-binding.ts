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

/** The configuration each chart last drew, so the same one is never applied twice. */
const appliedConfigs = new WeakMap<Chart, object>();

/** Draws `config` on an existing chart now (data and options replaced, then `update()`), unless it already shows it. */
export function applyChartConfig<TType extends ChartType, TData>(
  chart: Chart<TType, TData>,
  config: ChartConfiguration<TType, TData>,
): void {
  if (appliedConfigs.get(chart as unknown as Chart) === config) return;
  appliedConfigs.set(chart as unknown as Chart, config);
  chart.data = config.data;
  if (config.options) chart.options = config.options;
  chart.update();
}

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
  let destroyed = false;

  afterNextRender({
    write: () => {
      if (destroyed) return;
      registerCharts();
      const initial = untracked(config);
      const plugins = [...(initial.plugins ?? []), renderedFlagPlugin as Plugin<TType>];
      const created = new Chart<TType, TData>(canvas().nativeElement, { ...initial, plugins });
      appliedConfigs.set(created as unknown as Chart, initial);
      chart.set(created);
    },
  });

  effect(() => {
    const next = config();
    const current = chart();
    if (current) untracked(() => applyChartConfig(current, next));
  });

  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    untracked(chart)?.destroy();
    chart.set(null);
  });

  return chart.asReadonly();
}

import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type Plugin } from 'chart.js';
import { bandColours, DEFAULT_BAND_SCALE } from '@kem/scoring';

// Only what the e-mail chart uses.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

export interface ChartPoint {
  date: string;
  /** Null where the index has no value (a gap in the line). */
  value: number | null;
}

/** CSS pixels of the image as the e-mail shows it; the PNG has twice as many for sharp screens. */
export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 220;
const SCALE = 2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TICK_FONT = { size: 11 };
/** Months between x-axis labels, tried in turn until the labels fit side by side. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];
/** Least space between two x-axis labels, in CSS pixels. */
const LABEL_GAP = 8;

/** Where a drawn x-axis label sits, in CSS pixels of the image. */
export interface LabelBox {
  text: string;
  left: number;
  right: number;
}

/** White background (mail clients in dark mode would show a transparent PNG on black) and the band stripes. */
const background: Plugin<'line'> = {
  id: 'kemBackground',
  beforeDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    DEFAULT_BAND_SCALE.forEach((band, i) => {
      const top = scales['y'].getPixelForValue(DEFAULT_BAND_SCALE[i + 1]?.lowerBound ?? 100);
      const bottom = scales['y'].getPixelForValue(band.lowerBound);
      ctx.fillStyle = bandColours(band.key).tint;
      ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
    });
    ctx.restore();
  },
};

/**
 * One label per month at the first day present of it ("Jan 2026" on January and on the first label,
 * the month's name otherwise), every first, second, third … month — the smallest step at which the
 * labels, measured in the chart's font, keep LABEL_GAP apart. A label that would stick out of the
 * image is left out, and so is a partial first month's when the next month follows within 15 days.
 */
function monthLabels(
  days: readonly string[],
  x: (index: number) => number,
  textWidth: (text: string) => number,
  imageWidth: number,
): Map<number, string> {
  const starts = days.flatMap((day, i) => {
    if (i > 0 && days[i - 1].slice(0, 7) === day.slice(0, 7)) return [];
    if (i === 0 && days[15] && days[15].slice(0, 7) !== day.slice(0, 7)) return [];
    return [i];
  });
  const text = (i: number, first: boolean) => {
    const month = Number(days[i].slice(5, 7));
    return month === 1 || first ? `${MONTHS[month - 1]} ${days[i].slice(0, 4)}` : MONTHS[month - 1];
  };
  const inside = (i: number, label: string) => x(i) - textWidth(label) / 2 >= 0 && x(i) + textWidth(label) / 2 <= imageWidth;
  let fallback = new Map<number, string>();
  for (const step of MONTH_STEPS) {
    // A month that starts too close to an edge for its label to fit in the image goes unlabelled.
    const chosen = new Map<number, string>();
    for (const i of starts) {
      if ((Number(days[i].slice(5, 7)) - 1) % step !== 0) continue;
      const label = text(i, chosen.size === 0);
      if (inside(i, label)) chosen.set(i, label);
    }
    const boxes = [...chosen].map(([i, label]) => ({ left: x(i) - textWidth(label) / 2, right: x(i) + textWidth(label) / 2 }));
    if (boxes.every((b, n) => n === 0 || b.left >= boxes[n - 1].right + LABEL_GAP)) return chosen;
    if (fallback.size === 0) fallback = new Map([...chosen].slice(0, 1));
  }
  return fallback;
}

/**
 * The index as a PNG, drawn on the server by chart.js on a @napi-rs/canvas canvas: one line over
 * the days given, on a 0–100 axis with the risk bands shaded, with the x-axis labels thinned until
 * none overlap. Synchronous and self-contained (no animation, no responsiveness); callers render it
 * once per index and reuse the bytes. Also returns where the x-axis labels were drawn.
 */
export function drawIndexChart(points: readonly ChartPoint[]): { png: Buffer; xLabels: LabelBox[] } {
  // chart.js multiplies the canvas's size by devicePixelRatio: the PNG is SCALE × the CSS size.
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const ctx = canvas.getContext('2d');
  const labels = points.map((p) => p.date);
  let shown = new Map<number, string>();
  const chart = new Chart(ctx as unknown as CanvasRenderingContext2D, {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          data: points.map((p) => (p.value === null ? null : Math.round(p.value * 100) / 100)),
          borderColor: '#1f4e79',
          borderWidth: 2,
          fill: false,
          pointRadius: 0,
          tension: 0,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: SCALE,
      events: [],
      layout: { padding: { top: 8, right: 12, bottom: 0, left: 0 } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            color: '#5b6b7b',
            font: TICK_FONT,
            callback: (_value, index) => shown.get(index) ?? null,
          },
        },
        y: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: '#5b6b7b', font: TICK_FONT },
          grid: { color: 'rgba(0,0,0,0.06)' },
        },
      },
    },
    plugins: [background],
  });
  try {
    // The first layout places the days; the labels are then chosen to fit between them.
    const x = chart.scales['x'];
    const font = x.getLabelItems()[0]?.font.string ?? `${TICK_FONT.size}px ${Chart.defaults.font.family}`;
    shown = monthLabels(
      labels,
      (i) => x.getPixelForValue(i),
      (text) => measure(ctx, font, text),
      CHART_WIDTH,
    );
    chart.update();
    const xLabels = chart.scales['x'].getLabelItems().flatMap((item) => {
      const text = String(item.label ?? '');
      if (!text) return [];
      const width = measure(ctx, item.font.string, text);
      const centre = item.options.translation?.[0] ?? 0;
      return [{ text, left: centre - width / 2, right: centre + width / 2 }];
    });
    return { png: canvas.toBuffer('image/png'), xLabels };
  } finally {
    chart.destroy();
  }
}

export const renderIndexChart = (points: readonly ChartPoint[]): Buffer => drawIndexChart(points).png;

function measure(ctx: SKRSContext2D, font: string, text: string): number {
  ctx.save();
  ctx.font = font;
  const width = ctx.measureText(text).width;
  ctx.restore();
  return width;
}

import { createCanvas } from '@napi-rs/canvas';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type Plugin } from 'chart.js';
import { DEFAULT_BAND_SCALE } from '@kem/scoring';

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
const BAND_SHADES: Record<string, string> = {
  low: 'rgba(46,125,50,0.07)',
  guarded: 'rgba(2,119,189,0.07)',
  elevated: 'rgba(249,168,37,0.10)',
  high: 'rgba(239,108,0,0.10)',
  severe: 'rgba(198,40,40,0.10)',
};

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
      ctx.fillStyle = BAND_SHADES[band.key] ?? 'transparent';
      ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
    });
    ctx.restore();
  },
};

/**
 * The index as a PNG, drawn on the server by chart.js on a @napi-rs/canvas canvas: one line over
 * the days given, on a 0–100 axis with the risk bands shaded. Synchronous and self-contained (no
 * animation, no responsiveness); callers render it once per profile and reuse the bytes.
 */
export function renderIndexChart(points: readonly ChartPoint[]): Buffer {
  // chart.js multiplies the canvas's size by devicePixelRatio: the PNG is SCALE × the CSS size.
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const labels = points.map((p) => p.date);
  const chart = new Chart(canvas.getContext('2d') as unknown as CanvasRenderingContext2D, {
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
            font: { size: 11 },
            // One label per month: its name on the first day present of that month.
            callback: (_value, index) => {
              const day = labels[index];
              const previous = labels[index - 1];
              if (!day || (previous && previous.slice(0, 7) === day.slice(0, 7))) return null;
              // A partial first month gets no label when the next one follows closely.
              if (index === 0 && labels[15] && labels[15].slice(0, 7) !== day.slice(0, 7)) return null;
              const month = Number(day.slice(5, 7));
              return month === 1 || index === 0 ? `${MONTHS[month - 1]} ${day.slice(0, 4)}` : MONTHS[month - 1];
            },
          },
        },
        y: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, color: '#5b6b7b', font: { size: 11 } },
          grid: { color: 'rgba(0,0,0,0.06)' },
        },
      },
    },
    plugins: [background],
  });
  try {
    return canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}

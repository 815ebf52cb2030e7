import { Chart } from 'chart.js';
import { tooltipAnnouncer } from './tooltip-announcer';

type FakeTooltip = {
  opacity: number;
  title: string[];
  body: { before: string[]; lines: string[]; after: string[] }[];
  getActiveElements(): unknown[];
};

const chartWith = (tooltip: FakeTooltip) => ({ tooltip }) as unknown as Chart;

describe('tooltipAnnouncer', () => {
  it('reads out the active tooltip: title, label and the lines after it', () => {
    const { plugin, text } = tooltipAnnouncer();
    const tooltip: FakeTooltip = {
      opacity: 1,
      title: ['5 Jan 2022'],
      body: [{ before: [], lines: ['Tokayev asks CSTO for help'], after: ['Indicator: CSTO / Russian military activity', 'Source: TASS'] }],
      getActiveElements: () => [{}],
    };
    plugin.afterDraw?.(chartWith(tooltip), {} as never, {} as never);
    expect(text()).toBe('5 Jan 2022 · Tokayev asks CSTO for help · Indicator: CSTO / Russian military activity · Source: TASS');
  });

  it('goes quiet when the tooltip is hidden', () => {
    const { plugin, text } = tooltipAnnouncer();
    plugin.afterDraw?.(chartWith({ opacity: 0, title: ['x'], body: [], getActiveElements: () => [] }), {} as never, {} as never);
    expect(text()).toBe('');
  });
});

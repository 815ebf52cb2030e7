import { EventDatum } from './chart-types';
import { SCORE_DATASET, scoreChartConfig, scoreChartSummary } from './score-chart.config';

const points = [
  { date: '2022-03-20', score: 5 },
  { date: '2022-03-22', score: 63.2 },
  { date: '2022-03-23', score: 61 },
];

describe('scoreChartConfig', () => {
  const config = scoreChartConfig({
    name: 'CPC pipeline disruptions',
    points,
    events: [{ id: 1, date: '2022-03-22', title: 'SPM-3 out of service', severity: 4, sourceName: 'Interfax' }],
  });

  it('draws the score over labelled band boxes, with headroom above the highest score', () => {
    expect(config.options?.scales?.['y']?.max).toBe(80);
    const boxes = config.options?.plugins?.annotation?.annotations as Record<string, { label: { content: string } }>;
    expect(Object.values(boxes).map((b) => b.label.content)).toEqual(['Low', 'Guarded', 'Elevated', 'High']);
    expect(config.data.datasets[SCORE_DATASET.score].label).toBe('CPC pipeline disruptions (score)');
  });

  it('marks the indicator’s events on its line with a tooltip naming the source', () => {
    const markers = config.data.datasets[SCORE_DATASET.events];
    expect(markers.type).toBe('scatter');
    const marker = (markers.data as EventDatum[])[0];
    expect(marker.y).toBe(63.2);
    const callbacks = config.options?.plugins?.tooltip?.callbacks as unknown as Record<string, (arg: unknown) => unknown>;
    const item = { datasetIndex: SCORE_DATASET.events, raw: marker };
    expect(callbacks['label'](item)).toBe('SPM-3 out of service');
    expect(callbacks['afterLabel'](item)).toEqual(['Severity 4 of 5 · Major', 'Source: Interfax']);
    expect(callbacks['label']({ datasetIndex: SCORE_DATASET.score, raw: config.data.datasets[0].data[2] })).toBe('Score 61.0 (High)');
  });

  it('summarises the chart', () => {
    expect(scoreChartSummary({ name: 'CPC pipeline disruptions', points })).toBe(
      'Line chart of the CPC pipeline disruptions score (0–100) from 20 Mar 2022 to 23 Mar 2022: latest 61.0 (High), highest 63.2 (High) on 22 Mar 2022. 0 events marked.',
    );
  });
});

import { Chart, ChartEvent, Interaction, InteractionItem } from 'chart.js';
import { markersFirst } from './markers-first';

describe('markersFirst interaction', () => {
  const chart = { data: { datasets: [{ type: 'line' }, { type: 'scatter' }] } } as unknown as Chart;
  const event = { x: 10, y: 10 } as ChartEvent;
  const item = (datasetIndex: number, index: number) => ({ datasetIndex, index }) as InteractionItem;

  afterEach(() => jest.restoreAllMocks());

  it('shows the marker under the pointer rather than the nearest day of the line', () => {
    const point = jest.spyOn(Interaction.modes, 'point').mockReturnValue([item(0, 4), item(1, 0)]);
    const nearest = jest.spyOn(Interaction.modes, 'nearest');
    expect(markersFirst(chart, event, { mode: 'markersFirst', axis: 'x', intersect: false, includeInvisible: false })).toEqual([
      item(1, 0),
    ]);
    expect(point.mock.calls[0][2]).toMatchObject({ intersect: true, axis: 'xy' });
    expect(nearest).not.toHaveBeenCalled();
  });

  it('falls back to the line point nearest along x, never a marker away from the pointer', () => {
    jest.spyOn(Interaction.modes, 'point').mockReturnValue([item(0, 4)]);
    const nearest = jest.spyOn(Interaction.modes, 'nearest').mockReturnValue([item(0, 5), item(1, 2)]);
    expect(markersFirst(chart, event, { mode: 'markersFirst', axis: 'x', intersect: false, includeInvisible: false })).toEqual([
      item(0, 5),
    ]);
    expect(nearest.mock.calls[0][2]).toMatchObject({ intersect: false, axis: 'x' });
  });
});

import { Chart, Interaction } from 'chart.js';
import { registerCharts } from './chart-registry';

describe('registerCharts', () => {
  it('registers the parts the charts use and nothing else', () => {
    registerCharts();
    registerCharts();
    expect(Chart.registry.getController('line')).toBeDefined();
    expect(Chart.registry.getController('scatter')).toBeDefined();
    expect(Chart.registry.getScale('time')).toBeDefined();
    expect(Chart.registry.getPlugin('annotation')).toBeDefined();
    expect(Chart.registry.getPlugin('filler')).toBeDefined();
    expect(() => Chart.registry.getController('bar')).toThrow(/not a registered controller/);
    expect(() => Chart.registry.getController('pie')).toThrow();
    expect(Interaction.modes.markersFirst).toBeDefined();
  });
});

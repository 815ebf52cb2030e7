import { DEFAULT_INDICATORS } from '../defaults/default-indicators';
import { ScoringParameterError } from '../errors';
import type { ActionCatalogue } from './action-catalogue';
import { DEFAULT_BAND_SCALE } from './band-scale';
import { DEFAULT_ACTION_CATALOGUE, recommendActions } from './recommend-actions';

describe('due-diligence action catalogue (data)', () => {
  it('has at least three concrete actions for every default band', () => {
    for (const band of DEFAULT_BAND_SCALE) {
      const actions = DEFAULT_ACTION_CATALOGUE.bandActions[band.key];
      expect(actions.length).toBeGreaterThanOrEqual(3);
      for (const action of actions) expect(action.text.length).toBeGreaterThan(40);
    }
  });

  it('has High and Severe rules for every default indicator', () => {
    for (const indicator of DEFAULT_INDICATORS) {
      const bands = DEFAULT_ACTION_CATALOGUE.indicatorRules.filter((r) => r.indicatorKey === indicator.key).map((r) => r.minBand);
      expect(bands.sort()).toEqual(['high', 'severe']);
    }
  });

  it('uses unique action ids', () => {
    const ids = [
      ...Object.values(DEFAULT_ACTION_CATALOGUE.bandActions).flat(),
      ...DEFAULT_ACTION_CATALOGUE.indicatorRules.flatMap((r) => r.actions),
    ].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('recommendActions', () => {
  it('returns the band actions of the index and the rules each indicator score has reached', () => {
    // index 45 → Elevated; cpc 85 → Severe (High + Severe rules); foreign_agent 65 → High; trade 30 → none
    const result = recommendActions(45, { cpc_pipeline: 85, foreign_agent: 65, trade_russia: 30 });
    expect(result?.band.key).toBe('elevated');
    expect(result?.bandActions.map((a) => a.id)).toContain('elevated.edd');
    expect(result?.indicatorActions.map((i) => [i.indicatorKey, i.band])).toEqual([
      ['cpc_pipeline', 'severe'],
      ['foreign_agent', 'high'],
    ]);
    const cpcIds = result?.indicatorActions[0].actions.map((a) => a.id);
    expect(cpcIds).toEqual(expect.arrayContaining(['cpc_pipeline.routes', 'cpc_pipeline.secure-capacity']));
    const faIds = result?.indicatorActions[1].actions.map((a) => a.id);
    expect(faIds).toContain('foreign_agent.partners');
    expect(faIds).not.toContain('foreign_agent.contingency');
  });

  it('follows whatever catalogue it is given (no indicator logic in code)', () => {
    const catalogue: ActionCatalogue = {
      bandActions: { low: [{ id: 'l', text: 'Watch.' }] },
      indicatorRules: [{ indicatorKey: 'x', minBand: 'guarded', actions: [{ id: 'x1', text: 'Check x.' }] }],
    };
    const result = recommendActions(10, { x: 25 }, catalogue);
    expect(result?.bandActions).toEqual([{ id: 'l', text: 'Watch.' }]);
    expect(result?.indicatorActions).toEqual([
      { indicatorKey: 'x', score: 25, band: 'guarded', actions: [{ id: 'x1', text: 'Check x.' }] },
    ]);
  });

  it('returns null without an index value, and rejects rules naming an unknown band', () => {
    expect(recommendActions(Number.NaN, {})).toBeNull();
    const bad: ActionCatalogue = { bandActions: {}, indicatorRules: [{ indicatorKey: 'x', minBand: 'critical', actions: [] }] };
    expect(() => recommendActions(50, { x: 90 }, bad)).toThrow(ScoringParameterError);
  });
});

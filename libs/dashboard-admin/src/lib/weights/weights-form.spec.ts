import { aVersion, INDICATORS } from '../../testing/admin-fixtures';
import {
  applyServerErrors,
  buildWeightsForm,
  controlError,
  currentPeakChannel,
  currentWeights,
  loadWeights,
  toSaveRequest,
  weightRows,
} from './weights-form';

const KEYS = INDICATORS.map((i) => i.key);

describe('weights form', () => {
  function loaded() {
    const form = buildWeightsForm();
    loadWeights(form, KEYS, aVersion().weights, 'geometric', aVersion().peakChannel);
    return form;
  }

  it('holds one weight per indicator (a missing one as 0), the method and λ', () => {
    const form = buildWeightsForm();
    loadWeights(form, KEYS, { cpc_pipeline: 5 }, 'geometric', 0.4);
    expect(currentWeights(form, KEYS)).toEqual({ cpc_pipeline: 5, trade_russia: 0, foreign_agent: 0 });
    expect(form.controls.method.value).toBe('geometric');
    expect(currentPeakChannel(form)).toBe(0.4);
    form.controls.peakChannel.setValue(1.2);
    expect(currentPeakChannel(form)).toBeNull();
    expect(controlError(form.controls.peakChannel, 'peakChannel')).toBe('λ is a number from 0 (plain mean) to 1 (highest score)');
  });

  it('gives no weights while one is empty or out of range, and builds the request with a trimmed note', () => {
    const form = loaded();
    form.controls.weights.controls['cpc_pipeline'].setValue(null);
    expect(currentWeights(form, KEYS)).toBeNull();
    form.controls.weights.controls['cpc_pipeline'].setValue(101);
    expect(currentWeights(form, KEYS)).toBeNull();
    expect(controlError(form.controls.weights.controls['cpc_pipeline'], 'weight')).toBe('A weight is from 0 to 100');
    form.controls.weights.controls['cpc_pipeline'].setValue(40);
    form.controls.note.setValue('  Why  ');
    expect(toSaveRequest(form, KEYS)).toEqual({
      weights: { cpc_pipeline: 40, trade_russia: 30, foreign_agent: 20 },
      method: 'geometric',
      peakChannel: 0,
      note: 'Why',
    });
  });

  it('puts each server error on its field and returns the ones about all weights or no field', () => {
    const form = loaded();
    const result = applyServerErrors(form, [
      { field: 'weights.foreign_agent', message: 'must be a finite number (got "x")' },
      { field: 'weights', message: 'must have a positive sum' },
      { field: 'note', message: 'note must be longer than or equal to 3 characters' },
      { field: 'method', message: 'method must be one of: arithmetic, geometric' },
      { field: 'peakChannel', message: 'peakChannel must be a number from 0 to 1' },
      { field: 'profile', message: 'archived' },
    ]);
    expect(result.weights).toBe('Must have a positive sum');
    expect(result.unmatched).toEqual([{ field: 'profile', message: 'archived' }]);
    expect(controlError(form.controls.weights.controls['foreign_agent'], 'weight')).toBe('Must be a finite number (got "x")');
    expect(controlError(form.controls.note, 'note')).toBe('Note must be longer than or equal to 3 characters');
    expect(form.controls.method.errors?.['server']).toContain('Method must be one of');
    expect(controlError(form.controls.peakChannel, 'peakChannel')).toBe('PeakChannel must be a number from 0 to 1');
  });

  it('describes each row for the template and screen readers', () => {
    const form = loaded();
    form.controls.weights.controls['cpc_pipeline'].setValue(30);
    const rows = weightRows(form, INDICATORS, currentWeights(form, KEYS), aVersion().weights);
    expect(rows[0]).toMatchObject({
      key: 'cpc_pipeline',
      value: 30,
      share: 37.5,
      saved: 50,
      changed: true,
      valueText: '30, 37.5 % of the index',
      error: '',
    });
    expect(rows[1].changed).toBe(false);
  });
});

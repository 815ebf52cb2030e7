import { parseDay } from '../dates/calendar-day';
import { InvalidEvidenceError } from '../errors';
import type { EvidenceEvent } from '../model/evidence';
import type { StageMethod } from '../model/indicator';
import { prepareStage, scoreStage } from './stage';

const method: StageMethod = {
  kind: 'stage',
  stages: [
    { key: 'proposed', label: 'Proposed', level: 25 },
    { key: 'adopted', label: 'Adopted', level: 70 },
    { key: 'withdrawn', label: 'Withdrawn', level: 10 },
  ],
  // p(4) = 10, h = 30, k = 10
  enforcement: { halfLifeDays: 30, saturation: 10, impacts: [1, 2, 4, 10, 20] },
};

const events: EvidenceEvent[] = [
  { id: 'bill', indicatorKey: 'fa', date: '2022-01-10', severity: 3, stage: 'proposed' },
  { id: 'law', indicatorKey: 'fa', date: '2022-01-20', severity: 4, stage: 'adopted' },
  { id: 'raid', indicatorKey: 'fa', date: '2022-02-01', severity: 4 },
  { id: 'repeal', indicatorKey: 'fa', date: '2022-04-01', severity: 3, stage: 'withdrawn' },
];

function scoreOn(date: string): number {
  const from = parseDay('2022-01-01');
  const series = scoreStage(prepareStage('fa', method, events), from, 120);
  return series[parseDay(date) - from];
}

describe('stage scoring', () => {
  it('is 0 before any stage event and the stage level while no enforcement is under way', () => {
    expect(scoreOn('2022-01-09')).toBe(0);
    expect(scoreOn('2022-01-10')).toBe(25); // proposed
    expect(scoreOn('2022-01-31')).toBe(70); // adopted, no enforcement yet
  });

  it('pushes from the level towards 100 with decaying enforcement events', () => {
    // 2022-02-01: L = 70, enforcement x = 10 → g = 1 − e^(−1) = 0.6321; s = 70 + 30·0.6321 = 88.96
    expect(scoreOn('2022-02-01')).toBeCloseTo(88.96, 2);
    // 30 days later: x = 10·2^(−1) = 5 → g = 1 − e^(−0.5) = 0.3935; s = 70 + 30·0.3935 = 81.80
    expect(scoreOn('2022-03-03')).toBeCloseTo(81.8, 2);
  });

  it('lowers the level when the bill is withdrawn', () => {
    // 2022-04-01: L = 10; x = 10·2^(−59/30) = 2.558 → g = 1 − e^(−0.2558) = 0.2257; s = 10 + 90·0.2257 = 30.32
    expect(scoreOn('2022-04-01')).toBeCloseTo(30.32, 2);
  });

  it('uses the last stage event given when two fall on one day', () => {
    const sameDay: EvidenceEvent[] = [
      { id: 1, indicatorKey: 'fa', date: '2022-01-10', severity: 3, stage: 'adopted' },
      { id: 2, indicatorKey: 'fa', date: '2022-01-10', severity: 3, stage: 'withdrawn' },
    ];
    expect(scoreStage(prepareStage('fa', method, sameDay), parseDay('2022-01-10'), 1)[0]).toBe(10);
  });

  it('rejects a stage the method does not define', () => {
    const bad: EvidenceEvent = { id: 7, indicatorKey: 'fa', date: '2022-01-10', severity: 3, stage: 'second_reading' };
    expect(() => prepareStage('fa', method, [bad])).toThrow(InvalidEvidenceError);
    expect(() => prepareStage('fa', method, [bad])).toThrow('unknown stage "second_reading"; expected one of proposed, adopted, withdrawn');
  });
});

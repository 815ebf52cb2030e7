import { toEvidenceEvent, type RecordedEvent } from './recorded-events';

const scoredByBoth = { id: 7, indicatorKey: 'cpc_pipeline', date: '2025-02-17', endDate: null, severity: 4, stage: null };
const followUp: RecordedEvent = { ...scoredByBoth, lifecycle: 'ongoing', parentId: 3, recordedAt: '2025-02-18' };

describe('toEvidenceEvent', () => {
  it('gives method version 2 the lifecycle as status, the family by parent and the recorded day', () => {
    expect(toEvidenceEvent(followUp)).toEqual({ ...scoredByBoth, status: 'ongoing', parentId: 3, recordedAt: '2025-02-18' });
  });

  it('gives method version 1 none of them (an ongoing outage ends on its date there)', () => {
    expect(toEvidenceEvent(followUp, 1)).toEqual(scoredByBoth);
  });
});

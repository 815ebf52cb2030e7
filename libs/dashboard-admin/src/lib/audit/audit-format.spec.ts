import { anAuditEntry } from '../../testing/admin-fixtures';
import { actionLabel, ACTION_CHOICES, auditChanges, entityLabel, formatValue } from './audit-format';

describe('audit formatting', () => {
  it('shows only the changed fields, nested weights by key, before → after', () => {
    const entry = anAuditEntry();
    expect(auditChanges(entry.before, entry.after)).toEqual([
      { field: 'version', before: '1', after: '2' },
      { field: 'weights.cpc_pipeline', before: '18', after: '30' },
      { field: 'note', before: '“Initial”', after: '“More CPC”' },
    ]);
  });

  it('lists every field of a creation and of a deletion, leaving out timestamps', () => {
    expect(auditChanges(undefined, { email: 'a@example.com', role: 'viewer', updatedAt: 'x' })).toEqual([
      { field: 'email', before: '–', after: '“a@example.com”' },
      { field: 'role', before: '–', after: '“viewer”' },
    ]);
    expect(auditChanges({ title: 'Gone', severity: 3 }, null)).toEqual([
      { field: 'title', before: '“Gone”', after: '–' },
      { field: 'severity', before: '3', after: '–' },
    ]);
    expect(auditChanges({ active: true, role: 'admin' }, { active: false, role: 'admin' })).toEqual([
      { field: 'active', before: 'true', after: 'false' },
    ]);
  });

  it('keeps values short', () => {
    expect(formatValue('x'.repeat(200))).toHaveLength(82);
    expect(formatValue(['a', 'b'])).toBe('["a","b"]');
    expect(formatValue(null)).toBe('–');
  });

  it('names actions and the changed record', () => {
    expect(actionLabel('weights.save')).toBe('Saved weights');
    expect(actionLabel('connector.sync')).toBe('connector.sync');
    expect(ACTION_CHOICES[0]).toEqual({ value: 'weights.', label: 'Any weights change (weights.*)' });
    expect(entityLabel(anAuditEntry({ entityType: 'event', entityId: '42', after: { title: 'CPC halts loadings' } }))).toBe(
      'Event #42 “CPC halts loadings”',
    );
    expect(entityLabel(anAuditEntry({ before: undefined, after: { version: 2 } }))).toBe('Profile #1');
    expect(entityLabel(anAuditEntry(), new Map([['1', 'Default']]))).toBe('Profile #1 “Default”');
  });
});

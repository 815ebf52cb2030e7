import { plainToInstance } from 'class-transformer';
import { withValidationContext } from '@kem/api-http';
import { validateSync } from 'class-validator';
import { AuditQueryDto } from './audit-query.dto';

const context = { today: () => '2026-12-03' };
const problems = (query: Record<string, string>) =>
  validateSync(withValidationContext(plainToInstance(AuditQueryDto, query), context), { whitelist: true, forbidNonWhitelisted: true }).map(
    (e) => e.property,
  );

describe('AuditQueryDto', () => {
  it('accepts an action, an action prefix, an entity type and a date range', () => {
    expect(problems({ action: 'weights.save', entityType: 'profile', from: '2026-01-01', to: '2026-02-01', page: '2' })).toEqual([]);
    expect(problems({ action: 'event.' })).toEqual([]);
  });

  it('names what is wrong', () => {
    expect(problems({ action: "x' OR 1=1 --", entityType: 'weather', from: '2026-02-30', pageSize: '0', colour: 'red' }).sort()).toEqual([
      'action',
      'colour',
      'entityType',
      'from',
      'pageSize',
    ]);
  });
});

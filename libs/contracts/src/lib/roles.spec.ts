import { roleAtLeast } from './roles';

describe('roleAtLeast', () => {
  it('ranks viewer < analyst < admin', () => {
    expect(roleAtLeast('admin', 'analyst')).toBe(true);
    expect(roleAtLeast('analyst', 'analyst')).toBe(true);
    expect(roleAtLeast('analyst', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'analyst')).toBe(false);
  });
});

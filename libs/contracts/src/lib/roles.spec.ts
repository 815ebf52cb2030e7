import { authorLabel, roleAtLeast } from './roles';

describe('roleAtLeast', () => {
  it('ranks viewer < analyst < admin', () => {
    expect(roleAtLeast('admin', 'analyst')).toBe(true);
    expect(roleAtLeast('analyst', 'analyst')).toBe(true);
    expect(roleAtLeast('analyst', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'analyst')).toBe(false);
  });
});

describe('authorLabel', () => {
  it('shows a display name, else the role, never an e-mail address', () => {
    expect(authorLabel({ displayName: ' Aigerim N. ', role: 'analyst' })).toBe('Aigerim N.');
    expect(authorLabel({ displayName: null, role: 'admin' })).toBe('Administrator');
    expect(authorLabel({ displayName: '  ', role: 'analyst' })).toBe('Analyst');
    expect(authorLabel(null)).toBeNull();
  });
});

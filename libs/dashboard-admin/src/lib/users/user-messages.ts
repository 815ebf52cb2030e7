import { FieldError, Role, UserView } from '@kem/contracts';

/** What each role may do, shown beside the role choice. */
export const ROLE_HINTS: Record<Role, string> = {
  viewer: 'reads the dashboard',
  analyst: 'also edits evidence and triages drafts',
  admin: 'also weights, profiles, users and the audit log',
};

/**
 * The last-admin rule in words, when the API's 409 names it (field `role` or `active` with the
 * last-active-admin message); null for any other error.
 */
export function lastAdminMessage(user: UserView, errors: readonly FieldError[]): string | null {
  const rule = errors.find((e) => (e.field === 'role' || e.field === 'active') && /admin/i.test(e.message));
  if (!rule) return null;
  const what = rule.field === 'role' ? 'cannot be given another role' : 'cannot be deactivated';
  return `${user.email} is the last active admin and ${what}: make another user an admin first, so someone can still manage the system.`;
}

/** Roles in increasing order of power: each role can do everything the roles before it can. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', analyst: 'Analyst', admin: 'Administrator' };

/**
 * How a staff member appears as the author of public records (events, observations, weight
 * versions): their display name, else a label for their role — never their e-mail address.
 */
export function authorLabel(user: { displayName: string | null; role: Role } | null | undefined): string | null {
  if (!user) return null;
  return user.displayName?.trim() || `${ROLE_LABELS[user.role] ?? 'Staff member'}`;
}

import { TableIndex } from 'typeorm';

/**
 * A partial unique index on subscription: one active subscription per (e-mail, what it follows,
 * cadence) among the rows `where` admits. What it follows is the country index's profile or a
 * company footprint.
 */
export function activeSubscriptionIndex(name: string, follows: 'profile_id' | 'footprint_id', where: string): TableIndex {
  return new TableIndex({ name, columnNames: ['email', follows, 'cadence'], isUnique: true, where });
}

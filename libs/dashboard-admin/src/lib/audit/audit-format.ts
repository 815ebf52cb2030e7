import { AuditEntryView } from '@kem/contracts';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping fields that change with every edit and say nothing about it. */
const IGNORED = new Set(['updatedAt', 'createdAt']);
const MAX_TEXT = 80;

/** Nested objects as dotted paths (weights.cpc_pipeline); arrays and deeper values kept whole. */
export function flatten(value: unknown, prefix = '', depth = 0, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value === null || value === undefined) return out;
  if (typeof value !== 'object' || Array.isArray(value) || depth > 2) {
    out[prefix || 'value'] = value;
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (depth === 0 && IGNORED.has(key)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child) && depth < 2) flatten(child, path, depth + 1, out);
    else out[path] = child;
  }
  return out;
}

/** A value in a few characters: strings quoted and cut, nothing as an en dash. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  if (typeof value === 'string') return `“${value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * What an audit entry changed, field by field, before → after: only the fields that differ; on a
 * creation every field of `after`, on a deletion every field of `before`.
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: formatValue(a[field]), after: formatValue(b[field]) }));
}

const ACTION_LABELS: Record<string, string> = {
  'weights.save': 'Saved weights',
  'weights.revert': 'Reverted weights',
  'profile.create': 'Created profile',
  'profile.update': 'Changed profile',
  'profile.archive': 'Archived profile',
  'profile.restore': 'Restored profile',
  'event.create': 'Added event',
  'event.update': 'Changed event',
  'event.delete': 'Deleted event',
  'observation.create': 'Added observation',
  'observation.update': 'Changed observation',
  'observation.delete': 'Deleted observation',
  'user.create': 'Created user',
  'user.update': 'Changed user',
  'user.password': 'Changed own password',
  'subscription.create': 'Created subscription',
  'subscription.update': 'Changed subscription',
  'subscription.delete': 'Deleted subscription',
};

/** The action in words ("Saved weights"), or its code when unknown. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** Action filter choices: every prefix ("all weights changes") and each known action. */
export const ACTION_CHOICES: { value: string; label: string }[] = [
  'weights',
  'profile',
  'event',
  'observation',
  'user',
  'subscription',
].flatMap((prefix) => [
  { value: `${prefix}.`, label: `Any ${prefix} change (${prefix}.*)` },
  ...Object.keys(ACTION_LABELS)
    .filter((a) => a.startsWith(`${prefix}.`))
    .map((value) => ({ value, label: `${ACTION_LABELS[value]} (${value})` })),
]);

/**
 * Which record changed, in words: "Event #42 “CPC halts loadings”". Entries that do not carry a name
 * (weights saved on a profile) take it from `profileNames` (by profile id) when given.
 */
export function entityLabel(entry: AuditEntryView, profileNames: ReadonlyMap<string, string> = new Map()): string {
  const pick = (o: unknown, key: string) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);
  const known = entry.entityType === 'profile' ? profileNames.get(entry.entityId) : undefined;
  const name = [known, ...['title', 'name', 'email', 'series'].map((k) => pick(entry.after, k) ?? pick(entry.before, k))].find(
    (v) => typeof v === 'string',
  );
  const type = entry.entityType.charAt(0).toUpperCase() + entry.entityType.slice(1);
  return `${type} #${entry.entityId}${typeof name === 'string' ? ` ${formatValue(name)}` : ''}`;
}

import { InvalidEvidenceError } from '../errors';
import type { EvidenceEvent, EvidenceId } from '../model/evidence';

/**
 * Event families (method version 2): a follow-up or update joins the crisis it reports on, so that
 * one crisis counts once per indicator. An event's family is
 *   - its `familyId`, when set;
 *   - otherwise its parent's family (following `parentId` up to an event with a family id or no
 *     parent; a parent that is not in the evidence still names the family);
 *   - otherwise the event itself.
 * Family keys are strings: 'f:<familyId>' or 'e:<type>:<root id>'.
 */
export function familyKeys(events: readonly EvidenceEvent[]): Map<EvidenceEvent, string> {
  let byId: Map<string, EvidenceEvent> | null = null; // only follow-ups need it
  const eventWithId = (id: EvidenceId) => {
    if (byId === null) {
      byId = new Map();
      for (const event of events) byId.set(idKey(event.id), event);
    }
    return byId.get(idKey(id));
  };
  const keys = new Map<EvidenceEvent, string>();
  const resolve = (event: EvidenceEvent): string => {
    // fast path: most events are their own family or name it
    if (typeof event.familyId === 'string' && event.familyId !== '') {
      const key = `f:${event.familyId}`;
      keys.set(event, key);
      return key;
    }
    if (event.parentId === undefined || event.parentId === null || event.parentId === '') {
      const key = `e:${idKey(event.id)}`;
      keys.set(event, key);
      return key;
    }
    const chain: EvidenceEvent[] = [];
    const seen = new Set<EvidenceEvent>();
    let current: EvidenceEvent = event;
    let key: string | undefined;
    for (;;) {
      const known = keys.get(current);
      if (known !== undefined) {
        key = known;
        break;
      }
      if (seen.has(current)) {
        throw new InvalidEvidenceError('parentId', 'must not form a cycle of follow-ups', event.id, event.indicatorKey);
      }
      seen.add(current);
      chain.push(current);
      if (typeof current.familyId === 'string' && current.familyId !== '') {
        key = `f:${current.familyId}`;
        break;
      }
      const parentId = current.parentId;
      if (parentId === undefined || parentId === null || parentId === '') {
        key = `e:${idKey(current.id)}`;
        break;
      }
      const parent = eventWithId(parentId);
      if (parent === undefined) {
        key = `e:${idKey(parentId)}`;
        break;
      }
      current = parent;
    }
    for (const e of chain) keys.set(e, key);
    return key;
  };
  for (const event of events) resolve(event);
  return keys;
}

function idKey(id: EvidenceId): string {
  return `${typeof id}:${String(id)}`;
}

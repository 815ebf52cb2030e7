import { EventEntity } from '@kem/api-data';
import { EventInput } from '@kem/contracts';
import { EntityManager, In } from 'typeorm';

type FamilyInput = Pick<EventInput, 'indicatorKey' | 'parentId'>;
export type ParentFacts = Pick<EventEntity, 'id' | 'indicatorKey' | 'parentId'>;

/** Ids per query when families are looked up for many events at once. */
const LOOKUP_CHUNK = 500;

/**
 * Families are one level deep and per indicator: a parent must be a stored event of the same
 * indicator that is not itself a follow-up, and an event that has follow-ups cannot become one.
 * `parent` is the stored event `input.parentId` names (undefined when there is none);
 * `hasFollowUps` whether stored events follow up event `id`.
 */
export function familyProblem(
  input: FamilyInput,
  id: number | null,
  parent: ParentFacts | undefined,
  hasFollowUps: boolean,
): string | null {
  const parentId = input.parentId ?? null;
  if (parentId === null) return null;
  if (parentId === id) return 'an event cannot follow up itself';
  if (!parent) return `there is no event ${parentId}`;
  if (parent.indicatorKey !== input.indicatorKey)
    return `event ${parentId} belongs to ${parent.indicatorKey}; a follow-up joins a family of its own indicator`;
  if (parent.parentId !== null)
    return `event ${parentId} is itself a follow-up of event ${parent.parentId}; link to ${parent.parentId} instead (families are one level deep)`;
  if (id !== null && hasFollowUps) return `event ${id} has follow-ups of its own, so it cannot become a follow-up`;
  return null;
}

/** The family rule for one event, looking up what it needs. */
export async function parentProblem(manager: EntityManager, input: FamilyInput, id: number | null): Promise<string | null> {
  const parentId = input.parentId ?? null;
  if (parentId === null || parentId === id) return familyProblem(input, id, undefined, false);
  const parent = await manager.findOne(EventEntity, { select: { id: true, indicatorKey: true, parentId: true }, where: { id: parentId } });
  const hasFollowUps = id !== null && (await manager.count(EventEntity, { where: { parentId: id } })) > 0;
  return familyProblem(input, id, parent ?? undefined, hasFollowUps);
}

/**
 * The family rule for every row of an import (an id: the event the row updates; a row without
 * parent_id keeps the event's parent), judged on the families as they will be after the import: a
 * row may name a parent that another row changes, or change an event that another row links to.
 */
export async function familyProblems(
  manager: EntityManager,
  rows: readonly { id: number | null; event: FamilyInput }[],
): Promise<(string | null)[]> {
  const updated = [...new Set(rows.flatMap((r) => (r.id === null ? [] : [r.id])))];
  const stored = await storedFamilies(manager, updated);
  const after = new Map(stored);
  const inputs = rows.map(({ id, event }): FamilyInput => {
    const before = id === null ? undefined : stored.get(id);
    if (id === null || !before) return event;
    const input = { indicatorKey: event.indicatorKey, parentId: event.parentId === undefined ? before.parentId : event.parentId };
    after.set(id, { id, indicatorKey: input.indicatorKey, parentId: input.parentId ?? null });
    return input;
  });
  const parentIds = [...new Set(inputs.flatMap((input) => (input.parentId ? [input.parentId] : [])))];
  const otherParents = await storedFamilies(
    manager,
    parentIds.filter((id) => !after.has(id)),
  );
  for (const [id, facts] of otherParents) after.set(id, facts);
  const becomingFollowUps = [...new Set(rows.flatMap((r, i) => (r.id !== null && inputs[i].parentId ? [r.id] : [])))];
  const followed = new Set([...parentIds, ...(await withFollowUps(manager, becomingFollowUps))]);
  return rows.map(({ id }, i) => {
    const input = inputs[i];
    return familyProblem(input, id, input.parentId ? after.get(input.parentId) : undefined, id !== null && followed.has(id));
  });
}

/** Family facts of stored events, by id. */
async function storedFamilies(manager: EntityManager, ids: readonly number[]): Promise<Map<number, ParentFacts>> {
  const facts = new Map<number, ParentFacts>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const found = await manager.find(EventEntity, {
      select: { id: true, indicatorKey: true, parentId: true },
      where: { id: In(ids.slice(i, i + LOOKUP_CHUNK)) },
    });
    for (const event of found) facts.set(event.id, event);
  }
  return facts;
}

/** Those of `ids` that stored events follow up. */
async function withFollowUps(manager: EntityManager, ids: readonly number[]): Promise<number[]> {
  const followed: number[] = [];
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    const found = await manager.find(EventEntity, { select: { parentId: true }, where: { parentId: In(ids.slice(i, i + LOOKUP_CHUNK)) } });
    followed.push(...found.map((e) => e.parentId as number));
  }
  return followed;
}

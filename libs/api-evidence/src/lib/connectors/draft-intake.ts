import { EventEntity, IntakeDuplicateEntity, IntakeSuggestionEntity } from '@kem/api-data';
import { dedupeBatch, DraftEventRecord, ExistingEvent, IntakeSuggester, intakeLookupWindow } from '@kem/api-connectors';
import { Confidence, EventStatus } from '@kem/contracts';
import { EntityManager, In } from 'typeorm';

/** URLs per lookup query. */
const URL_CHUNK = 500;

const suggester = new IntakeSuggester();

export interface DraftIntakeOptions {
  readonly confidence: Confidence;
  /** The clock's today: when we learned of the items. */
  readonly recordedOn: string | null;
  readonly indicatorKeys: ReadonlySet<string>;
}

export interface DraftIntakeResult {
  draftsAdded: number;
  /** One line per item merged into a stored event or draft, saying why. */
  merged: string[];
}

type StoredEvent = ExistingEvent & { readonly status: EventStatus };

/**
 * Stores connector news items as draft events with an intake suggestion each (indicator, severity,
 * family, and the reasons in words), inside the caller's transaction. Items whose URL was ever
 * stored (as an event, deleted or not, or as a merged copy) are re-reads and left out silently;
 * an item that repeats a stored event or draft, or an item of the same batch kept before it (same
 * canonical URL, or a near-duplicate headline within a few days), is not added but recorded as a
 * copy of that event, so the analyst sees every outlet that carried the story. Families are only
 * suggested among published events.
 */
export async function storeDraftsWithIntake(
  manager: EntityManager,
  drafts: readonly DraftEventRecord[],
  options: DraftIntakeOptions,
): Promise<DraftIntakeResult> {
  const known = await knownUrls(
    manager,
    drafts.map((d) => d.sourceUrl),
  );
  const fresh = drafts.filter((d) => {
    if (known.has(d.sourceUrl)) return false;
    known.add(d.sourceUrl);
    return true;
  });
  const result: DraftIntakeResult = { draftsAdded: 0, merged: [] };
  const window = intakeLookupWindow(fresh.map((d) => d.date));
  if (window === null) return result;

  const stored = await storedEvents(manager, window);
  const published = stored.filter((e) => e.status === 'published');
  const { kept, duplicates } = dedupeBatch(fresh, stored);

  const ids = new Map<DraftEventRecord, number>();
  for (const draft of kept) {
    const suggestion = suggester.suggest(draft, published);
    const suggested = suggestion.indicator?.indicatorKey ?? null;
    const indicatorKey = suggested !== null && options.indicatorKeys.has(suggested) ? suggested : draft.indicatorKey;
    const inserted = await manager.insert(EventEntity, {
      indicatorKey,
      date: draft.date,
      datePrecision: 'day',
      endDate: null,
      title: draft.title.slice(0, 200),
      summary: draft.summary || draft.title,
      // Provisional, as suggested: the analyst accepts or corrects it in triage.
      severity: suggestion.severity.severity,
      stage: null,
      sourceName: draft.sourceName.slice(0, 200),
      sourceUrl: draft.sourceUrl,
      confidence: options.confidence,
      status: 'draft',
      origin: 'connector',
      lifecycle: 'unknown',
      recordedAt: options.recordedOn,
      seedRef: null,
      authorId: null,
    });
    const id = inserted.identifiers[0]['id'] as number;
    ids.set(draft, id);
    await manager.insert(IntakeSuggestionEntity, {
      eventId: id,
      indicatorKey: indicatorKey === suggested ? suggested : null,
      severity: suggestion.severity.severity,
      severityGuessed: suggestion.severity.guessed,
      parentId: indicatorKey === suggested ? (suggestion.family?.parentId ?? null) : null,
      confidence: suggestion.confidence,
      reasons: [...suggestion.reasons],
      decision: null,
      decisionNote: null,
      decidedAt: null,
    });
    result.draftsAdded++;
  }

  for (const { item, match } of duplicates) {
    const eventId = match.of.id ?? ids.get(match.of as DraftEventRecord);
    if (eventId === undefined) continue;
    await manager.insert(IntakeDuplicateEntity, {
      eventId,
      title: item.title.slice(0, 200),
      sourceName: item.sourceName.slice(0, 200),
      sourceUrl: item.sourceUrl,
      date: item.date,
      kind: match.kind,
      similarity: match.similarity,
      reason: match.reason,
      recordedAt: options.recordedOn,
    });
    result.merged.push(`"${item.title}" (${item.sourceName}) merged into event ${eventId}: ${match.reason}`);
  }
  return result;
}

/** Those of `urls` stored before: as an event (deleted or not) or as a merged copy. */
async function knownUrls(manager: EntityManager, urls: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < urls.length; i += URL_CHUNK) {
    const chunk = In(urls.slice(i, i + URL_CHUNK));
    const events = await manager.find(EventEntity, { select: { sourceUrl: true }, where: { sourceUrl: chunk }, withDeleted: true });
    const copies = await manager.find(IntakeDuplicateEntity, { select: { sourceUrl: true }, where: { sourceUrl: chunk } });
    for (const row of [...events, ...copies]) known.add(row.sourceUrl);
  }
  return known;
}

/** Stored events (any status, not deleted) overlapping the window, oldest first. */
async function storedEvents(manager: EntityManager, window: { from: string; to: string }): Promise<StoredEvent[]> {
  const rows = await manager
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .select(['e.id', 'e.indicatorKey', 'e.date', 'e.endDate', 'e.parentId', 'e.title', 'e.sourceName', 'e.sourceUrl', 'e.status'])
    .where('COALESCE(e.endDate, e.date) >= :from', { from: window.from })
    .andWhere('e.date <= :to', { to: window.to })
    .orderBy('e.date', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .getMany();
  return rows.map((e) => ({
    id: e.id,
    indicatorKey: e.indicatorKey,
    date: e.date,
    endDate: e.endDate,
    parentId: e.parentId,
    title: e.title,
    sourceName: e.sourceName,
    sourceUrl: e.sourceUrl,
    status: e.status,
  }));
}

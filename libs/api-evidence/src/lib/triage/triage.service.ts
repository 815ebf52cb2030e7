import { CLOCK, Clock } from '@kem/api-config';
import { AuditActor, AuditTrail, EventEntity, IntakeDuplicateEntity, IntakeSuggestionEntity } from '@kem/api-data';
import { ConflictError, InvalidInputError } from '@kem/api-http';
import {
  EventPatch,
  FamilyCandidateView,
  TriageCorrection,
  TriageDecision,
  TriageItemView,
  TriageMerge,
  TriagePage,
  TriageQuery,
  TriageRejection,
  TriageResult,
} from '@kem/contracts';
import { addDays } from '@kem/scoring';
import { Inject, Injectable } from '@nestjs/common';
import { Between, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { toEventView } from '../events/event-view';
import { EventsService } from '../events/events.service';
import { toCandidateView, toDuplicateView, toSuggestionView } from './triage-view';

/** Audit actions (event.accept, event.correct, …), beside event.update, which records the change itself. */
const TRIAGE_ACTIONS: Record<TriageDecision, string> = { accepted: 'accept', corrected: 'correct', merged: 'merge', rejected: 'reject' };

/** The merge picker offers family roots of the draft's indicator dated up to this many days before it, at most this many. */
const CANDIDATE_DAYS_BEFORE = 180;
const CANDIDATES_PER_DRAFT = 10;

/**
 * The analyst's triage of draft events: the queue with each draft's intake suggestion, and the four
 * decisions — accept (publish as suggested), correct (publish with another indicator, severity or
 * family), merge (publish as a follow-up of a chosen family, adding no impact) and reject (with a
 * reason). Each decision is one transaction: the event change with its audit entry (through
 * EventsService, so every event rule applies), the decision on the suggestion, and an audit entry
 * saying what was decided and why. Bad input changes nothing.
 */
@Injectable()
export class TriageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Drafts oldest first, each with its suggestion, the copies merged into it and the families it may join. */
  async list(query: TriageQuery): Promise<TriagePage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const manager = this.dataSource.manager;
    const [drafts, total] = await manager.findAndCount(EventEntity, {
      where: { status: 'draft' },
      relations: { author: true },
      order: { date: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const ids = drafts.map((d) => d.id);
    const suggestions = new Map(
      (ids.length ? await manager.find(IntakeSuggestionEntity, { where: { eventId: In(ids) } }) : []).map((s) => [s.eventId, s]),
    );
    const duplicates = ids.length
      ? await manager.find(IntakeDuplicateEntity, { where: { eventId: In(ids) }, order: { date: 'ASC', id: 'ASC' } })
      : [];
    const candidates = await this.familyCandidates(manager, drafts, suggestions);
    const items: TriageItemView[] = drafts.map((draft) => {
      const suggestion = suggestions.get(draft.id);
      return {
        event: toEventView(draft),
        suggestion: suggestion ? toSuggestionView(suggestion) : null,
        duplicates: duplicates.filter((d) => d.eventId === draft.id).map(toDuplicateView),
        familyCandidates: candidates.get(draft.id) ?? [],
      };
    });
    return { items, total, page, pageSize };
  }

  /**
   * Publishes the draft as it reads (its indicator and severity start as the suggestion), joining
   * the suggested family.
   */
  accept(id: number, actor: AuditActor): Promise<TriageResult> {
    return this.decide(id, actor, 'accepted', async (draft, suggestion) => {
      const parentId = suggestion?.parentId ?? null;
      if (parentId !== null && suggestion?.indicatorKey !== draft.indicatorKey) {
        throw InvalidInputError.field(
          'parentId',
          `the suggested family (event ${parentId}) is of ${suggestion?.indicatorKey}, but the draft is now ${draft.indicatorKey}; correct or merge it instead`,
        );
      }
      return { patch: { status: 'published', parentId }, notes: [] };
    });
  }

  /** Publishes with the analyst's indicator, severity or family; what they leave out keeps the suggestion. */
  correct(id: number, input: TriageCorrection, actor: AuditActor): Promise<TriageResult> {
    if (input.indicatorKey === undefined && input.severity === undefined && input.parentId === undefined) {
      throw new InvalidInputError('Send at least one of indicatorKey, severity and parentId to correct the suggestion');
    }
    return this.decide(id, actor, 'corrected', async (draft, suggestion) => {
      const indicatorKey = input.indicatorKey ?? draft.indicatorKey;
      // The suggested family only fits the indicator it was suggested for.
      const suggestedParent = suggestion?.indicatorKey === indicatorKey ? suggestion.parentId : null;
      const parentId = input.parentId === undefined ? suggestedParent : input.parentId;
      return { patch: { status: 'published', indicatorKey, severity: input.severity ?? draft.severity, parentId }, notes: [] };
    });
  }

  /**
   * Publishes the draft as a follow-up of `parentId` that adds no impact to its family: it takes the
   * family's indicator, its severity is capped at the strongest member published by its date, and it
   * is `ended` without an end date, so it neither raises the family nor stretches its hold. A
   * follow-up cannot be dated before the event it follows up.
   */
  merge(id: number, input: TriageMerge, actor: AuditActor): Promise<TriageResult> {
    return this.decide(id, actor, 'merged', async (draft, _suggestion, manager) => {
      const parent = await manager.findOne(EventEntity, { where: { id: input.parentId } });
      if (!parent) throw InvalidInputError.field('parentId', `there is no event ${input.parentId}`);
      if (parent.status !== 'published') {
        throw InvalidInputError.field('parentId', `event ${parent.id} is ${parent.status}; merge into a published event`);
      }
      if (parent.parentId !== null) {
        throw InvalidInputError.field(
          'parentId',
          `event ${parent.id} is itself a follow-up of event ${parent.parentId}; merge into ${parent.parentId} (families are one level deep)`,
        );
      }
      if (draft.date < parent.date) {
        throw InvalidInputError.field(
          'parentId',
          `event ${parent.id} is dated ${parent.date}, after this draft (${draft.date}); a follow-up cannot come before the event it follows up`,
        );
      }
      const members = await manager.find(EventEntity, {
        select: { id: true, date: true, severity: true },
        where: [{ id: parent.id }, { parentId: parent.id, status: 'published' }],
      });
      const strongest = Math.max(...members.filter((m) => m.date <= draft.date).map((m) => m.severity));
      const severity = Math.min(draft.severity, strongest);
      const notes = [
        ...(draft.indicatorKey !== parent.indicatorKey ? [`indicator set to the family's: ${parent.indicatorKey}`] : []),
        ...(severity < draft.severity
          ? [
              `severity lowered from ${draft.severity} to ${severity}, the family's strongest by ${draft.date}, so the follow-up adds no impact`,
            ]
          : []),
      ];
      return {
        patch: { status: 'published', indicatorKey: parent.indicatorKey, severity, parentId: parent.id, lifecycle: 'ended', endDate: null },
        notes,
      };
    });
  }

  reject(id: number, input: TriageRejection, actor: AuditActor): Promise<TriageResult> {
    const reason = input.reason.trim();
    return this.decide(id, actor, 'rejected', async () => ({ patch: { status: 'rejected' }, notes: [] }), reason);
  }

  private decide(
    id: number,
    actor: AuditActor,
    decision: TriageDecision,
    plan: (
      draft: EventEntity,
      suggestion: IntakeSuggestionEntity | null,
      manager: EntityManager,
    ) => Promise<{ patch: EventPatch; notes: string[] }>,
    reason: string | null = null,
  ): Promise<TriageResult> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.events.find(manager, id);
      if (draft.status !== 'draft') {
        throw new ConflictError(`Event ${id} is ${draft.status}, not a draft: triage decides drafts only`);
      }
      const suggestion = await manager.findOne(IntakeSuggestionEntity, { where: { eventId: id } });
      const { patch, notes } = await plan(draft, suggestion, manager);
      const event = await this.events.change(manager, draft, patch, actor);
      if (suggestion) {
        await manager.update(IntakeSuggestionEntity, { eventId: id }, { decision, decisionNote: reason, decidedAt: this.clock.now() });
      }
      await this.audit.record(manager, actor, {
        action: `event.${TRIAGE_ACTIONS[decision]}`,
        entityType: 'event',
        entityId: id,
        after: { decision, ...(reason !== null ? { reason } : {}), notes, suggestion: suggestion ? toSuggestionView(suggestion) : null },
      });
      return { decision, event: toEventView(event), notes };
    });
  }

  /** Per draft: the suggested family root first, then roots of its indicator dated before it, newest first. */
  private async familyCandidates(
    manager: EntityManager,
    drafts: readonly EventEntity[],
    suggestions: ReadonlyMap<number, IntakeSuggestionEntity>,
  ): Promise<Map<number, FamilyCandidateView[]>> {
    const result = new Map<number, FamilyCandidateView[]>();
    if (drafts.length === 0) return result;
    const days = drafts.map((d) => d.date).sort();
    const inRange = await manager.find(EventEntity, {
      where: {
        status: 'published',
        parentId: IsNull(),
        indicatorKey: In([...new Set(drafts.map((d) => d.indicatorKey))]),
        date: Between(addDays(days[0], -CANDIDATE_DAYS_BEFORE), days[days.length - 1]),
      },
      order: { date: 'DESC', id: 'DESC' },
    });
    const suggestedIds = [...new Set([...suggestions.values()].flatMap((s) => (s.parentId === null ? [] : [s.parentId])))];
    const suggestedRoots = new Map(
      (suggestedIds.length
        ? await manager.find(EventEntity, { where: { id: In(suggestedIds), status: 'published', parentId: IsNull() } })
        : []
      ).map((e) => [e.id, e]),
    );
    for (const draft of drafts) {
      // A merge needs a parent dated on or before the draft (see merge).
      const root = suggestedRoots.get(suggestions.get(draft.id)?.parentId ?? -1);
      const suggested = root && root.date <= draft.date ? root : undefined;
      const earliest = addDays(draft.date, -CANDIDATE_DAYS_BEFORE);
      const others = inRange.filter(
        (e) => e.indicatorKey === draft.indicatorKey && e.id !== suggested?.id && e.date >= earliest && e.date <= draft.date,
      );
      result.set(draft.id, [
        ...(suggested ? [toCandidateView(suggested, true)] : []),
        ...others.slice(0, CANDIDATES_PER_DRAFT - (suggested ? 1 : 0)).map((e) => toCandidateView(e, false)),
      ]);
    }
    return result;
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TriageItemView, TriageResult } from '@kem/contracts';
import { errorMessage, indicatorNames, indicatorsLoader, loadOnce, TriageApi } from '@kem/dashboard-core';
import { focusAfterRender, LoadStatus } from '@kem/dashboard-ui';
import { Observable } from 'rxjs';
import { EventCard } from '../event-card/event-card';
import { TriageEditor, TriageEditorKind, TriageRequest } from './triage-editor';
import { shortcutOf, TRIAGE_KEYS, triageCommand } from './triage-keys';
import { TriageSuggestion } from './triage-suggestion';

/** How many drafts are shown at a time; the next ones appear as these are decided. */
export const TRIAGE_PAGE_SIZE = 50;

/** The decision buttons on each draft: the command each runs, its text and the start of its accessible name. */
export const DECISION_BUTTONS = [
  { command: 'accept', text: 'Accept', label: 'Accept', appearance: 'filled' },
  { command: 'correct', text: 'Correct', label: 'Correct', appearance: 'outlined' },
  { command: 'merge', text: 'Merge', label: 'Merge into a family', appearance: 'outlined' },
  { command: 'reject', text: 'Reject', label: 'Reject', appearance: 'outlined' },
] as const;

/**
 * The analyst's queue of draft events (mostly connector news through intake): each with its
 * suggested indicator, severity and family and the reasons, decided with one or two keystrokes —
 * accept, correct, merge into a family, reject — or with the buttons. Accepting a draft intake is
 * unsure of (low confidence, a guessed severity, or no suggestion) asks once more; the other
 * decisions open an inline editor whose first choice Enter confirms.
 */
@Component({
  selector: 'kem-triage-page',
  imports: [EventCard, LoadStatus, MatButtonModule, RouterLink, TriageEditor, TriageSuggestion],
  templateUrl: './triage-page.html',
  styleUrl: './triage-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKey($event)' },
})
export class TriagePage {
  private readonly api = inject(TriageApi);
  private readonly router = inject(Router);
  private readonly focus = focusAfterRender();

  readonly keys = TRIAGE_KEYS;
  readonly decisions = DECISION_BUTTONS;
  readonly shortcut = shortcutOf;
  readonly list = loadOnce(() => this.api.list({ page: 1, pageSize: TRIAGE_PAGE_SIZE }));
  /** Drafts decided here: a refresh that started before a decision was stored must not bring one back. */
  private readonly decided = new Set<number>();
  private refreshes = 0;
  readonly drafts = computed(() => (this.list.value()?.items ?? []).filter((d) => !this.decided.has(d.event.id)));
  readonly total = computed(() => this.list.value()?.total ?? 0);
  /** The draft the keys act on: the one chosen while it is listed, else the first. */
  readonly selectedId = linkedSignal<TriageItemView[], number | null>({
    source: this.drafts,
    computation: (drafts, previous) =>
      previous && drafts.some((d) => d.event.id === previous.value) ? previous.value : (drafts[0]?.event.id ?? null),
  });
  readonly editor = signal<{ id: number; kind: TriageEditorKind } | null>(null);
  readonly notice = signal<string | null>(null);
  /** Drafts with a decision on its way to the server. */
  readonly pending = signal<ReadonlySet<number>>(new Set());
  /** Why a decision failed, by event id. */
  readonly failures = signal<ReadonlyMap<number, string>>(new Map());
  private readonly indicatorsLoad = indicatorsLoader();
  /** Empty until they arrive, and if they cannot be loaded: the page works without their names. */
  readonly indicators = computed(() => this.indicatorsLoad.value() ?? []);
  readonly indicatorByKey = computed(() => new Map(this.indicators().map((i) => [i.key, i])));
  readonly names = computed(() => indicatorNames(this.indicators()));

  onKey(event: KeyboardEvent): void {
    const command = triageCommand(event);
    const drafts = this.drafts();
    const index = drafts.findIndex((d) => d.event.id === this.selectedId());
    const item = drafts[index];
    if (command === null || !item) return;
    event.preventDefault();
    switch (command) {
      case 'next':
      case 'previous':
        this.select(drafts[Math.min(drafts.length - 1, Math.max(0, index + (command === 'next' ? 1 : -1)))]);
        this.focusSelected();
        return;
      case 'edit':
        void this.router.navigate(['/events', item.event.id, 'edit'], { queryParams: { returnUrl: '/triage' } });
        return;
      default:
        this.run(item, command);
    }
  }

  /** A decision, by key or button: accept (asking first when unsure) or open its editor. */
  run(item: TriageItemView, command: (typeof DECISION_BUTTONS)[number]['command']): void {
    if (command === 'accept') this.accept(item);
    else this.open(item, command);
  }

  /** Makes `item` the draft the keys act on (focus inside it does too), closing another draft's editor. */
  select(item: TriageItemView): void {
    if (this.selectedId() === item.event.id) return;
    this.selectedId.set(item.event.id);
    this.editor.set(null);
  }

  /** Publishes at once when intake is sure enough; otherwise asks once (a second `a` or Enter publishes). */
  accept(item: TriageItemView): void {
    const open = this.editor();
    if (acceptNeedsConfirming(item) && !(open?.id === item.event.id && open.kind === 'confirm')) this.open(item, 'confirm');
    else this.decide(item, { kind: 'accept' });
  }

  open(item: TriageItemView, kind: TriageEditorKind): void {
    this.selectedId.set(item.event.id);
    this.editor.set({ id: item.event.id, kind });
  }

  close(): void {
    this.editor.set(null);
    this.focusSelected();
  }

  decide(item: TriageItemView, request: TriageRequest): void {
    const id = item.event.id;
    if (this.pending().has(id)) return;
    this.pending.update((ids) => new Set(ids).add(id));
    this.failures.update((map) => withoutKey(map, id));
    this.send(id, request).subscribe({
      next: (result) => {
        this.settle(id);
        const drafts = this.drafts();
        const index = drafts.findIndex((d) => d.event.id === id);
        const next = drafts[index + 1] ?? drafts[index - 1] ?? null;
        this.list.update((page) => ({ ...page, items: page.items.filter((d) => d.event.id !== id), total: Math.max(0, page.total - 1) }));
        this.editor.set(null);
        this.selectedId.set(next?.event.id ?? null);
        this.notice.set(this.describe(result, request));
        this.decided.add(id);
        if (this.drafts().length === 0 && this.total() > 0) this.list.reload();
        else this.refresh();
        this.focusSelected();
      },
      error: (error: unknown) => {
        this.settle(id);
        this.failures.update((map) => new Map(map).set(id, errorMessage(error)));
      },
    });
  }

  /**
   * Fetches the queue again in the background after a decision, in place: a draft just published
   * becomes a family the others can merge into. Only the latest refresh counts.
   */
  private refresh(): void {
    const mine = ++this.refreshes;
    this.api.list({ page: 1, pageSize: TRIAGE_PAGE_SIZE }).subscribe({
      next: (page) => {
        if (mine === this.refreshes) this.list.update(() => page);
      },
      error: () => undefined,
    });
  }

  private send(id: number, request: TriageRequest): Observable<TriageResult> {
    switch (request.kind) {
      case 'accept':
        return this.api.accept(id);
      case 'correct':
        return this.api.correct(id, request.correction);
      case 'merge':
        return this.api.merge(id, request.merge);
      case 'reject':
        return this.api.reject(id, request.rejection);
    }
  }

  /** What the decision did, in words, for the status line. */
  private describe(result: TriageResult, request: TriageRequest): string {
    const { event } = result;
    const as = `${this.names().get(event.indicatorKey) ?? event.indicatorKey}, severity ${event.severity}${
      event.parentId !== null ? `, follow-up of event #${event.parentId}` : ''
    }`;
    const notes = result.notes.length > 0 ? ` (${result.notes.join('; ')})` : '';
    switch (result.decision) {
      case 'accepted':
        return `Published “${event.title}” as suggested: ${as}.`;
      case 'corrected':
        return `Published “${event.title}” corrected: ${as}.`;
      case 'merged':
        return `Merged “${event.title}” into event #${event.parentId} as a follow-up: it adds no impact${notes}.`;
      case 'rejected':
        return `Rejected “${event.title}”: ${request.kind === 'reject' ? request.rejection.reason : ''}.`;
    }
  }

  private settle(id: number): void {
    this.pending.update((ids) => {
      const next = new Set(ids);
      next.delete(id);
      return next;
    });
  }

  /** Keyboard focus follows the selection, so a screen reader reads the draft the keys act on. */
  private focusSelected(): void {
    this.focus((host) => host.querySelector<HTMLElement>(`li[data-draft="${this.selectedId()}"]`));
  }
}

/** A one-key accept asks first when intake made no suggestion, is not confident of it, or guessed the severity. */
export function acceptNeedsConfirming(item: TriageItemView): boolean {
  return !item.suggestion || item.suggestion.confidence === 'low' || item.suggestion.severityGuessed;
}

function withoutKey<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

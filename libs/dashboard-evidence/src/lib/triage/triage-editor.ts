import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { IndicatorView, TriageCorrection, TriageItemView, TriageMerge, TriageRejection } from '@kem/contracts';
import { focusAfterRender } from '@kem/dashboard-ui';
import { SEVERITY_LEVELS } from '../event-format';

/** The inline editors a triage key opens; `confirm` asks before publishing a draft intake is unsure of. */
export type TriageEditorKind = 'confirm' | 'correct' | 'merge' | 'reject';

/** What the analyst decided in an editor. */
export type TriageRequest =
  | { readonly kind: 'accept' }
  | { readonly kind: 'correct'; readonly correction: TriageCorrection }
  | { readonly kind: 'merge'; readonly merge: TriageMerge }
  | { readonly kind: 'reject'; readonly rejection: TriageRejection };

/** Reasons an analyst rejects connector news for most often; the keys 1–3 pick one and reject. */
export const REJECT_REASONS = [
  'Not about Kazakhstan’s exposure',
  'Not a new development (opinion, background, or reported before)',
  'Not reliable enough to cite',
] as const;

/**
 * One inline editor under the selected draft: Enter decides, Esc cancels, and focus starts on the
 * first choice so the decision takes one more keystroke (e.g. m Enter merges into the suggested family).
 */
@Component({
  selector: 'kem-triage-editor',
  imports: [MatButtonModule],
  templateUrl: './triage-editor.html',
  styleUrl: './triage-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown)': 'onKey($event)' },
})
export class TriageEditor {
  readonly item = input.required<TriageItemView>();
  readonly kind = input.required<TriageEditorKind>();
  readonly indicators = input<readonly IndicatorView[]>([]);
  readonly busy = input(false);
  readonly decide = output<TriageRequest>();
  readonly cancelled = output<void>();

  readonly levels = SEVERITY_LEVELS;
  readonly reasons = REJECT_REASONS;
  readonly id = computed(() => this.item().event.id);

  // Correct: starts as the suggestion (the draft as it reads).
  readonly indicatorKey = linkedSignal(() => this.item().event.indicatorKey);
  readonly severity = linkedSignal(() => this.item().event.severity);
  readonly parentId = linkedSignal<number | null>(() => {
    const suggested = this.item().suggestion?.parentId ?? null;
    return this.item().familyCandidates.some((c) => c.id === suggested) ? suggested : null;
  });
  /** Families are per indicator: the candidates belong to the draft's indicator. */
  readonly familyOptions = computed(() => (this.indicatorKey() === this.item().event.indicatorKey ? this.item().familyCandidates : []));

  // Merge: the suggested family (first candidate) unless the analyst picks or types another.
  readonly mergeParent = linkedSignal<number | null>(() => this.item().familyCandidates[0]?.id ?? null);
  readonly mergeTyped = signal('');

  // Reject
  readonly reason = signal<string>(REJECT_REASONS[0]);
  readonly otherReason = signal('');

  readonly heading = computed(
    () =>
      ({
        confirm: 'Publish this draft as it reads?',
        correct: 'Correct the suggestion, then publish',
        merge: 'Merge into a family as a follow-up',
        reject: 'Reject this draft',
      })[this.kind()],
  );
  /** Why a one-key accept asks first. */
  readonly confirmReason = computed(() => {
    const suggestion = this.item().suggestion;
    if (!suggestion) return 'Intake made no suggestion for this draft.';
    if (suggestion.confidence === 'low') return 'Intake’s confidence in this suggestion is low.';
    return `Intake guessed severity ${suggestion.severity}: no word in the text says how serious it is.`;
  });
  readonly problem = signal<string | null>(null);

  constructor() {
    focusAfterRender()('[data-autofocus]');
  }

  changeIndicator(key: string): void {
    this.indicatorKey.set(key);
    if (key !== this.item().event.indicatorKey) this.parentId.set(null);
  }

  submit(): void {
    if (this.busy()) return;
    this.problem.set(null);
    switch (this.kind()) {
      case 'confirm':
        this.decide.emit({ kind: 'accept' });
        return;
      case 'correct':
        this.decide.emit({
          kind: 'correct',
          correction: { indicatorKey: this.indicatorKey(), severity: this.severity(), parentId: this.parentId() },
        });
        return;
      case 'merge': {
        const typed = this.mergeTyped().trim();
        const parentId = typed === '' ? this.mergeParent() : Number(typed);
        if (parentId === null || !Number.isInteger(parentId) || parentId < 1) {
          this.problem.set('Choose a family, or type the number of the event to follow up.');
          return;
        }
        this.decide.emit({ kind: 'merge', merge: { parentId } });
        return;
      }
      case 'reject': {
        const reason = this.otherReason().trim() || this.reason();
        this.decide.emit({ kind: 'reject', rejection: { reason } });
        return;
      }
    }
  }

  onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelled.emit();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      // A select does not submit its form on Enter; every field here should.
      event.preventDefault();
      this.submit();
    } else if (
      this.kind() === 'reject' &&
      /^[1-3]$/.test(event.key) &&
      !(event.target instanceof HTMLInputElement && event.target.type === 'text')
    ) {
      event.preventDefault();
      this.otherReason.set('');
      this.reason.set(REJECT_REASONS[Number(event.key) - 1]);
      this.submit();
    }
  }

  asNumber(value: string): number | null {
    return value === '' ? null : Number(value);
  }
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TriageItemView } from '@kem/contracts';
import { severityLabel } from '../event-format';

/** What intake suggested for a draft and why, and the copies of the story other feeds carried. */
@Component({
  selector: 'kem-triage-suggestion',
  templateUrl: './triage-suggestion.html',
  styleUrl: './triage-suggestion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriageSuggestion {
  readonly item = input.required<TriageItemView>();
  /** Indicator names by key. */
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  readonly suggestion = computed(() => this.item().suggestion);
  readonly indicatorName = computed(() => {
    const key = this.suggestion()?.indicatorKey ?? this.item().event.indicatorKey;
    return this.names().get(key) ?? key;
  });
  readonly severityText = computed(() => {
    const severity = this.suggestion()?.severity ?? this.item().event.severity;
    return `${severity} · ${severityLabel(severity)}`;
  });
  /** The suggested family's root, in words. */
  readonly family = computed(() => {
    const parentId = this.suggestion()?.parentId ?? null;
    if (parentId === null) return null;
    const root = this.item().familyCandidates.find((c) => c.id === parentId);
    return root ? `follow-up of event #${root.id}, “${root.title}” (${root.date})` : `follow-up of event #${parentId}`;
  });
}

import { EventEntity, IntakeDuplicateEntity, IntakeSuggestionEntity } from '@kem/api-data';
import { FamilyCandidateView, IntakeSuggestionView, MergedDuplicateView } from '@kem/contracts';

export function toSuggestionView(row: IntakeSuggestionEntity): IntakeSuggestionView {
  return {
    indicatorKey: row.indicatorKey,
    severity: row.severity,
    severityGuessed: row.severityGuessed,
    parentId: row.parentId,
    confidence: row.confidence,
    reasons: row.reasons,
  };
}

export function toDuplicateView(row: IntakeDuplicateEntity): MergedDuplicateView {
  return {
    title: row.title,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    date: row.date,
    kind: row.kind,
    similarity: row.similarity,
    reason: row.reason,
    recordedAt: row.recordedAt,
  };
}

export function toCandidateView(event: EventEntity, suggested: boolean): FamilyCandidateView {
  return { id: event.id, indicatorKey: event.indicatorKey, date: event.date, title: event.title, severity: event.severity, suggested };
}

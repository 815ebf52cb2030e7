import { FieldError } from '@kem/contracts';
import type { ScoringMethod } from '@kem/scoring';

export interface KnownIndicator {
  key: string;
  method: ScoringMethod;
}

interface EventFacts {
  indicatorKey: string;
  date: string;
  endDate?: string | null;
  stage?: string | null;
}

/**
 * Rules an event must meet beyond its field formats: a known indicator, a stage only where the
 * indicator is scored by stage (and one it defines), an end no earlier than the start.
 */
export function eventRuleProblems(event: EventFacts, indicators: ReadonlyMap<string, KnownIndicator>): FieldError[] {
  const problems: FieldError[] = [];
  const indicator = indicators.get(event.indicatorKey);
  if (!indicator) {
    problems.push({
      field: 'indicatorKey',
      message: `unknown indicator "${event.indicatorKey}"; known: ${[...indicators.keys()].join(', ')}`,
    });
  } else if (event.stage) {
    const method = indicator.method;
    if (method.kind !== 'stage') {
      problems.push({ field: 'stage', message: `${indicator.key} is not scored by legislative stage; leave stage empty` });
    } else if (!method.stages.some((s) => s.key === event.stage)) {
      problems.push({
        field: 'stage',
        message: `unknown stage "${event.stage}"; use one of ${method.stages.map((s) => s.key).join(', ')}`,
      });
    }
  }
  if (event.endDate && event.endDate < event.date) {
    problems.push({ field: 'endDate', message: 'endDate must not be before date' });
  }
  return problems;
}

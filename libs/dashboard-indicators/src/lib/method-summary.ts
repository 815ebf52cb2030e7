import type { ScoringMethod } from '@kem/scoring';

/** One sentence, in plain words, of how an indicator turns evidence into its 0–100 score. */
export function methodSummary(method: ScoringMethod): string {
  switch (method.kind) {
    case 'event_pressure':
      return `Event pressure: each event adds impact by severity (${method.impacts.join(', ')}), held while ongoing and halving every ${method.halfLifeDays} days after it ends; the score saturates at pressure ${method.saturation}.`;
    case 'stage':
      return `Legislative stage: the latest stage sets the level (${method.stages.map((s) => `${s.label} ${s.level}`).join(', ')}); enforcement events add pressure that halves every ${method.enforcement.halfLifeDays} days.`;
    case 'metric': {
      const scale =
        method.normalisation.kind === 'goalposts'
          ? `scored 0 at ${method.normalisation.lo}${method.unit} and 100 at ${method.normalisation.hi}${method.unit}`
          : `scored by its percentile among past observations`;
      const direction = method.direction === 'higher_is_riskier' ? 'higher is riskier' : 'higher is safer';
      return `Metric: the latest observation, ${scale} (${direction}).`;
    }
  }
}

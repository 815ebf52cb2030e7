import type { DueDiligenceActionView, FreshnessView, IndexChange, IndexMoverView, IndicatorScoreView } from '@kem/contracts';
import {
  classifyBand,
  DEFAULT_BAND_SCALE,
  recommendActions,
  type BandDefinition,
  type DueDiligenceAction,
  type IndicatorActions,
} from '@kem/scoring';
import { freshnessView, indicatorScores, noValueReason, type IndexFrame } from './freshness-views';

/** How many indicators are named as having moved the index, and the least move that counts (index points). */
const MOVERS = 3;
const MIN_MOVE = 0.05;

export interface IndicatorActionsView {
  indicatorKey: string;
  score: number;
  band: string;
  actions: DueDiligenceActionView[];
  /** Why the indicator is on the list, when the ranking has a reason beyond its score (a footprint's exposure). */
  why?: string;
}

export interface ActionPlanView {
  bandActions: DueDiligenceActionView[];
  /** In the order to act on them. */
  indicatorActions: IndicatorActionsView[];
}

/** The actions as the API shows them. */
export const actionViews = (actions: readonly DueDiligenceAction[]): DueDiligenceActionView[] =>
  actions.map((a) => ({ id: a.id, text: a.text }));

/** Turns the index value and the scores of the indicators in the composite into due-diligence actions. */
export type ActionRanker = (value: number, scores: Readonly<Record<string, number>>) => ActionPlanView | null;

/** An action plan as the API shows it; an indicator carries `why` only where the ranking gives one. */
export const actionPlanView = (
  bandActions: readonly DueDiligenceAction[],
  indicators: readonly (IndicatorActions & { why?: string })[],
): ActionPlanView => ({
  bandActions: actionViews(bandActions),
  indicatorActions: indicators.map((i) => ({
    indicatorKey: i.indicatorKey,
    score: i.score,
    band: i.band,
    actions: actionViews(i.actions),
    ...(i.why === undefined ? {} : { why: i.why }),
  })),
});

/** The country's actions: for the index's band and for each indicator past its rule's band. */
export const countryActions: ActionRanker = (value, scores) => {
  const plan = recommendActions(value, scores);
  return plan ? actionPlanView(plan.bandActions, plan.indicatorActions) : null;
};

export interface SummaryOptions {
  /** Changes reported, in days back from the latest day. */
  changeWindows: readonly number[];
  /** The movers are the largest contributors to the change over this many days. */
  moverWindow: number;
  actions?: ActionRanker;
}

/** The latest day of an index frame as the dashboard's headline and the e-mails tell it. */
export interface IndexDaySummary {
  date: string;
  /** Null when no indicator is in the composite (see reason) — never 0. */
  value: number | null;
  band: BandDefinition | null;
  reason: string | null;
  changes: IndexChange[];
  movers: IndexMoverView[];
  scores: IndicatorScoreView[];
  freshness: FreshnessView;
  actions: ActionPlanView;
}

/**
 * The latest day of the frame: value and band, changes over the given windows, the indicators that
 * moved it most over the mover window, each score beside the total, freshness, and the due-diligence
 * actions for the scores in the composite. One rule for `/api/index/latest` and the digests.
 */
export function summariseLatest(frame: IndexFrame, options: SummaryOptions): IndexDaySummary {
  const t = frame.scores.days - 1;
  const value = frame.index.values[t];
  const has = !Number.isNaN(value);
  const valueAt = (d: number) => (d >= 0 ? frame.index.values[d] : Number.NaN);
  const changes = options.changeWindows.map((days) => {
    const then = valueAt(t - days);
    return { days, change: has && !Number.isNaN(then) ? value - then : null };
  });
  const before = t - options.moverWindow;
  const contribution = (i: number, d: number) =>
    d >= 0 && !Number.isNaN(frame.index.contributions[i][d]) ? frame.index.contributions[i][d] : 0;
  const movers =
    has && before >= 0
      ? frame.scores.keys
          .map((key, i) => ({ indicatorKey: key, points: contribution(i, t) - contribution(i, before) }))
          .filter((m) => Math.abs(m.points) >= MIN_MOVE)
          .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
          .slice(0, MOVERS)
      : [];
  const scores = indicatorScores(frame, t);
  const inComposite: Record<string, number> = {};
  for (const s of scores) if (s.score !== null && s.contribution !== null) inComposite[s.indicatorKey] = s.score;
  const actions = (has ? (options.actions ?? countryActions)(value, inComposite) : null) ?? { bandActions: [], indicatorActions: [] };
  return {
    date: frame.scores.to,
    value: has ? value : null,
    band: has ? (classifyBand(value) ?? DEFAULT_BAND_SCALE[0]) : null,
    reason: noValueReason(frame, t),
    changes,
    movers,
    scores,
    freshness: freshnessView(frame, t),
    actions,
  };
}

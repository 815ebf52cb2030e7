import type { FreshnessStateView, FreshnessView, IndicatorFreshnessView, LatestIndexView } from '@kem/contracts';
import { bandOf, formatDay } from '@kem/dashboard-charts';
import { noNewEvidenceText } from '@kem/dashboard-ui';

/** One indicator beside the total: its score, the baseline part under it, what it adds, and how fresh its evidence is. */
export interface ScoreRow {
  key: string;
  name: string;
  score: number | null;
  scoreText: string;
  band: string | null;
  bandLabel: string | null;
  /** Structural baseline part; null under method 1. */
  baselineText: string | null;
  /** Score above the baseline: the event part. */
  eventText: string | null;
  /** Index points it adds; 'left out' when not in the composite. */
  contributionText: string;
  state: FreshnessStateView;
  inComposite: boolean;
  /** 'no new evidence for 312 days · last reviewed 25 Jan 2026' */
  evidenceText: string;
  staleVintage: boolean;
  unknownLapsed: boolean;
}

/** Every indicator's score beside the total, highest contribution first; left-out ones last. */
export function scoreRows(latest: LatestIndexView, names: ReadonlyMap<string, string>): ScoreRow[] {
  const freshness = new Map(latest.freshness.indicators.map((f) => [f.indicatorKey, f]));
  return latest.scores
    .map((s): ScoreRow => {
      const f = freshness.get(s.indicatorKey);
      const band = s.band ? bandOf(s.score) : null;
      return {
        key: s.indicatorKey,
        name: names.get(s.indicatorKey) ?? s.indicatorKey,
        score: s.score,
        scoreText: s.score === null ? 'no data' : s.score.toFixed(1),
        band: s.band,
        bandLabel: band?.label ?? s.band,
        baselineText: s.baseline === null ? null : s.baseline.toFixed(1),
        eventText: s.baseline === null || s.score === null ? null : Math.max(0, s.score - s.baseline).toFixed(1),
        contributionText: s.contribution === null ? 'left out' : s.contribution.toFixed(1),
        state: s.state,
        inComposite: s.contribution !== null,
        evidenceText: f ? evidenceText(f) : '',
        staleVintage: f?.staleVintage ?? false,
        unknownLapsed: f?.unknownLapsed ?? false,
      };
    })
    .sort((a, b) => Number(b.inComposite) - Number(a.inComposite) || (b.score ?? -1) - (a.score ?? -1));
}

/** An indicator's evidence in words: how long without news, and when it was last reviewed. */
export function evidenceText(f: IndicatorFreshnessView): string {
  const parts: string[] = [];
  const news = noNewEvidenceText(f.daysSinceEvidence);
  parts.push(news ?? 'no evidence yet');
  if (f.lastReview) parts.push(`last reviewed ${formatDay(f.lastReview)}${f.lastReviewByAnalyst ? '' : ' (curation)'}`);
  return parts.join(' · ');
}

/** The headline's coverage and freshness facts in words. */
export interface HeadlineFreshness {
  /** '1 of 8 indicators (13 %)' */
  coverageText: string;
  /** Indicators left out of the composite, named, with why. */
  leftOut: { key: string; name: string; why: string }[];
  /** Stale indicators (still counted, frozen at their last reviewed level), named. */
  stale: { key: string; name: string; days: number | null }[];
  /** 'No new evidence on any indicator for 312 days (since 25 Jan 2026).' or null when there was news today. */
  noNewEvidence: string | null;
  summary: string;
}

export function headlineFreshness(freshness: FreshnessView, names: ReadonlyMap<string, string>): HeadlineFreshness {
  const name = (key: string) => names.get(key) ?? key;
  const byKey = new Map(freshness.indicators.map((f) => [f.indicatorKey, f]));
  const { coverage } = freshness;
  const days = freshness.daysSinceNewEvidence;
  return {
    coverageText: `${coverage.covered} of ${coverage.total} indicators (${Math.round(coverage.share * 100)} %)`,
    leftOut: coverage.leftOut.map((key) => {
      const f = byKey.get(key);
      const why = f?.state === 'unmonitored' ? `unmonitored, ${noNewEvidenceText(f.daysSinceEvidence) ?? 'no evidence'}` : 'no data';
      return { key, name: name(key), why };
    }),
    stale: freshness.stale.map((key) => ({ key, name: name(key), days: byKey.get(key)?.daysSinceTouch ?? null })),
    noNewEvidence:
      days !== null && days > 0
        ? `No new evidence on any indicator for ${days} ${days === 1 ? 'day' : 'days'}${freshness.lastNewEvidence ? ` (since ${formatDay(freshness.lastNewEvidence)})` : ''}.`
        : null,
    summary: freshness.summary,
  };
}

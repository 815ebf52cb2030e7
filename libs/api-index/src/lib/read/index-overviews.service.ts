import { IndexExplanationView, IndexInterval, IndexOverviewView, seriesColumns } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  classifyBand,
  companyIndexSeries,
  explainExposureDifference,
  METHOD_V2,
  simulateIndexUncertaintyV2,
  type Footprint,
} from '@kem/scoring';
import { UNCERTAINTY, UNCERTAINTY_METHOD } from '../build/index-builder.service';
import { companyFrame } from './company-frame';
import type { IndexFrame } from './freshness-views';
import { IndexExplainer } from './index-explainer.service';
import { IndexFrames } from './index-frames';
import { DayBand, IndexReader } from './index-reader.service';
import { SerialisedCache, SerialisedResponse } from './serialised-cache';
import { ServedIndex, ServedVersion } from './served-index';

export interface OverviewQuery {
  profile?: string;
  from?: string;
  to?: string;
  interval?: IndexInterval;
}

/** A company footprint as the overview needs it; `revision` changes whenever its answers do. */
export interface OverviewFootprint {
  id: number;
  name: string;
  answers: Footprint;
  revision: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * What the overview shows first, in one response (GET /api/index/overview and, for a company,
 * GET /api/footprints/:id/overview): today's value and the chosen range as columns. The country's
 * is serialised once per build and query; a company's is its index on the served profile's scores
 * (company-frame), with the 5–95 % band of the same Monte Carlo as the index's, over the days shown.
 */
@Injectable()
export class IndexOverviews {
  private readonly countries = new SerialisedCache(32);
  private readonly companies = new SerialisedCache(16);

  constructor(
    private readonly served: ServedIndex,
    private readonly frames: IndexFrames,
    private readonly reader: IndexReader,
    private readonly explainer: IndexExplainer,
  ) {}

  async country(q: OverviewQuery): Promise<SerialisedResponse> {
    const served = await this.served.resolve(q.profile);
    const key = [served.version.id, served.build.computedAt?.getTime(), served.build.evidenceRevision, q.from, q.to, q.interval].join('|');
    return this.countries.get(key, async (): Promise<IndexOverviewView> => {
      const [latest, series] = await Promise.all([
        this.reader.latest(q.profile),
        this.reader.series(q.profile, q.from, q.to, q.interval ?? 'day'),
      ]);
      return { latest, series: seriesColumns(series), uncertaintyMethod: UNCERTAINTY_METHOD, company: null };
    });
  }

  /** @throws ScoringParameterError for an invalid footprint */
  async company(q: OverviewQuery, footprint: OverviewFootprint): Promise<SerialisedResponse> {
    const { served, frame: country } = await this.reader.frameFor(q.profile);
    const key = [served.version.id, served.build.evidenceRevision, footprint.id, footprint.revision, q.from, q.to, q.interval].join('|');
    return this.companies.get(key, async (): Promise<IndexOverviewView> => {
      const { names } = await this.frames.evidence(served.build.evidenceRevision ?? '');
      const company = companyFrame(country, footprint.answers, names);
      const band = await this.band(served, company.frame, q.from);
      const today = company.frame.scores.to;
      const latest = this.reader.latestOf(served, company.frame, band.get(today), company.actions);
      const series = this.reader.seriesOf(served, company.frame, q.from, q.to, q.interval ?? 'day', band);
      const countryValue = country.index.values[country.scores.days - 1];
      const countryBand = Number.isNaN(countryValue) ? null : classifyBand(countryValue);
      const weights = Object.fromEntries(country.index.keys.map((k, i) => [k, country.index.weights[i]]));
      const reason =
        latest.value === null || countryBand === null
          ? (latest.reason ?? '')
          : explainExposureDifference(
              companyIndexSeries(country.scores.history, weights, footprint.answers, {
                aggregation: country.index.aggregation,
                geometricOffset: country.index.geometricOffset,
                peakChannel: country.index.peakChannel,
              }),
              today,
              names,
            ).reason;
      return {
        latest,
        series: seriesColumns(series),
        uncertaintyMethod: UNCERTAINTY_METHOD,
        company: {
          footprintId: footprint.id,
          footprintName: footprint.name,
          countryValue: countryBand === null ? null : round2(countryValue),
          countryBand: countryBand?.key ?? null,
          countryBandLabel: countryBand?.label ?? null,
          difference: latest.value === null || countryBand === null ? null : round2(latest.value - countryValue),
          reason,
        },
      };
    });
  }

  /** What changed in the company index between two days (as /index/explain, on the company's weights). */
  companyExplanation(q: Pick<OverviewQuery, 'profile' | 'from' | 'to'>, footprint: OverviewFootprint): Promise<IndexExplanationView> {
    return this.explainer.explainRange(q.profile, q.from, q.to, (country) => companyFrame(country, footprint.answers).frame);
  }

  /** The company's 5–95 % band from `from` (a year back by default) to the last day: the index's Monte Carlo with the company's weights. */
  private async band(served: ServedVersion, frame: IndexFrame, from?: string): Promise<Map<string, DayBand>> {
    const to = frame.scores.to;
    const start = from && from < to ? from : addDays(to, -365);
    const index = frame.index;
    const mc = simulateIndexUncertaintyV2(
      await this.frames.prepared(served),
      { from: start, to },
      Object.fromEntries(index.keys.map((k, i) => [k, index.weights[i]])),
      { aggregation: index.aggregation, geometricOffset: index.geometricOffset, peakChannel: index.peakChannel },
      UNCERTAINTY,
      { stalenessSpread: METHOD_V2.stalenessSpread ?? undefined },
    );
    const out = new Map<string, DayBand>();
    const finite = (x: number) => (Number.isFinite(x) ? round2(x) : null);
    for (let t = 0; t < mc.p5.length; t++) out.set(addDays(start, t), { lower: finite(mc.p5[t]), upper: finite(mc.p95[t]) });
    return out;
  }
}

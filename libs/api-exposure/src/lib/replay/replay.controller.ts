import { ApiController, AuthenticatedUser, CurrentUser, ListEndpoint, ReadEndpoint } from '@kem/api-auth';
import { CLOCK, Clock } from '@kem/api-config';
import { FootprintEntity } from '@kem/api-data';
import { InvalidInputError, ROUTES } from '@kem/api-http';
import type { ReplayPresetView, ReplayView } from '@kem/contracts';
import { Inject, Query } from '@nestjs/common';
import {
  classifyBand,
  companyIndexSeries,
  explainExposureDifference,
  prepareEvidenceV2,
  REPLAY_PRESETS,
  replayAsKnownOn,
  scorePreparedV2,
} from '@kem/scoring';
import { DataSource } from 'typeorm';
import { footprintAnswers } from '../footprints/footprints.service';
import { canManage } from '../shared/access';
import { asInputError, EXPOSURE_HISTORY_START, ExposureEvidence } from '../shared/exposure-evidence.service';
import { ReplayQueryDto } from './replay.dto';

const r2 = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 100) / 100);

/** The index as known on a past day: only evidence recorded by then (method version 2's asOf). Writes nothing. */
@ApiController('exposure')
export class ReplayController {
  constructor(
    private readonly inputs: ExposureEvidence,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ListEndpoint(ROUTES.replayPresets, 'ReplayPresetView', {
    summary: 'Crisis replays: January 2022, the 2022 CPC halts, the 2025 strikes on CPC',
  })
  presets(): ReplayPresetView[] {
    return REPLAY_PRESETS.map((p) => ({ ...p }));
  }

  @ReadEndpoint(ROUTES.replay, 'ReplayView', { summary: 'Index, band, alerts and digest summary as known on a past day, beside hindsight' })
  async replay(@CurrentUser() user: AuthenticatedUser, @Query() q: ReplayQueryDto): Promise<ReplayView> {
    const today = this.clock.today();
    if (q.date < EXPOSURE_HISTORY_START || q.date > today)
      throw InvalidInputError.field('date', `date must be a day from ${EXPOSURE_HISTORY_START} to ${today}`);
    let footprint: FootprintEntity | null = null;
    if (q.footprintId !== undefined) {
      footprint = await this.dataSource.getRepository(FootprintEntity).findOneBy({ id: q.footprintId });
      if (!footprint || !canManage(user, footprint.ownerId))
        throw InvalidInputError.field('footprintId', `footprintId ${q.footprintId} is not one of your footprints`);
    }
    const { definitions, evidence, weights, aggregation, names } = await this.inputs.load();
    try {
      const r = replayAsKnownOn(definitions, evidence, q.date, { today, weights, aggregation, names, historyFrom: EXPOSURE_HISTORY_START });
      let company: ReplayView['company'] = null;
      if (footprint) {
        const then = scorePreparedV2(prepareEvidenceV2(definitions, evidence, { asOf: q.date }), {
          from: EXPOSURE_HISTORY_START,
          to: q.date,
        });
        const s = companyIndexSeries(then, weights, footprintAnswers(footprint), aggregation);
        const d = explainExposureDifference(s, q.date, names);
        company = { footprintId: footprint.id, value: r2(d.companyValue), band: d.companyBand, reason: d.reason };
      }
      return {
        date: r.date,
        value: r.value,
        band: r.band,
        bandLabel: r.value === null ? null : (classifyBand(r.value)?.label ?? null),
        change1d: r.change1d,
        change7d: r.change7d,
        change30d: r.change30d,
        scores: r.scores,
        alerts: r.alerts.map((a) => ({ ...a })),
        digest: { headline: r.digest.headline, lines: [...r.digest.lines] },
        movers: r.movers.map((m) => ({ key: m.key, name: names[m.key] ?? m.key, change: m.change })),
        freshness: (r.freshness?.indicators ?? []).map((f) => ({
          key: f.key,
          name: names[f.key] ?? f.key,
          state: f.state,
          daysSinceEvidence: f.daysSinceEvidence,
        })),
        bandActions: (r.actions?.bandActions ?? []).map((a) => ({ id: a.id, text: a.text })),
        hindsight: { ...r.hindsight },
        eventsKnown: r.eventsKnown,
        eventsLearnedLater: r.eventsLearnedLater,
        series: { from: r.series.from, asKnown: r.series.asKnown, hindsight: r.series.hindsight },
        company,
      };
    } catch (error) {
      throw asInputError(error);
    }
  }
}

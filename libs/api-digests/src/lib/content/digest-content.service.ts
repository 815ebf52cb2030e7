import { APP_CONFIG, AppConfig } from '@kem/api-config';
import type { Cadence } from '@kem/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { daysBefore } from '@kem/scoring';
import { UserEntity } from '@kem/api-data';
import { IndexReader } from '@kem/api-index';
import { DataSource } from 'typeorm';
import { ContentRun, IndexSubject } from './content-run';
import { AlertEmailModel, AlertFacts, DigestEmailModel, EmailLinks } from './email-model';
import { cadenceDays } from '../schedule/periods';
import { eventsSince, LOOKBACK_DAYS } from './recent-events';

const NEW_EVENTS_SHOWN = 8;
export const CHART_CID = 'exposure-index-chart@kem';

export interface DigestInput extends IndexSubject {
  recipientName: string | null;
  /** The recipient's address: an admin's digest also counts failed connector syncs. */
  recipientEmail?: string | null;
  cadence: Cadence;
  periodLabel: string;
  /** When the subscriber's last digest went out; null for the first. */
  lastDigestAt: Date | null;
  unsubscribeUrl: string | null;
  test?: boolean;
}

export interface AlertInput {
  recipientName: string | null;
  /** Alerts watch a profile's country index. */
  profileSlug: string;
  alert: AlertFacts;
  unsubscribeUrl: string | null;
}

/** Turns the served index (a profile's, or a footprint's company index), the evidence and a subscription into what an e-mail says. */
@Injectable()
export class DigestContent {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reader: IndexReader,
  ) {}

  /** Shared, cached data for the e-mails of one run (or one preview). */
  startRun(now: Date): ContentRun {
    return new ContentRun(now, this.dataSource, this.reader);
  }

  unsubscribeUrl(token: string): string {
    return `${this.config.publicUrl}/api/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  async digest(run: ContentRun, input: DigestInput): Promise<{ model: DigestEmailModel; chart: Buffer | null }> {
    const window = cadenceDays(input.cadence);
    const [summary, chart, events] = await Promise.all([run.summary(input, window), run.chart(input), run.recentEvents()]);
    const earliest = daysBefore(run.now, LOOKBACK_DAYS);
    const since = new Date(Math.max(earliest.getTime(), (input.lastDigestAt ?? daysBefore(run.now, window)).getTime()));
    const fresh = eventsSince(events, since);
    const admin = input.recipientEmail
      ? (
          await this.dataSource
            .getRepository(UserEntity)
            .findOne({ select: { id: true, role: true }, where: { email: input.recipientEmail.toLowerCase(), active: true } })
        )?.role === 'admin'
      : false;
    return {
      model: {
        recipientName: input.recipientName,
        cadence: input.cadence,
        periodLabel: input.periodLabel,
        summary,
        newEvents: fresh.slice(0, NEW_EVENTS_SHOWN),
        newEventsTotal: fresh.length,
        since: since.toISOString().slice(0, 10),
        chartCid: chart ? CHART_CID : null,
        links: this.links(input.unsubscribeUrl),
        test: input.test ?? false,
        failedSyncs: admin ? await run.failedSyncs() : null,
      },
      chart,
    };
  }

  async alert(run: ContentRun, input: AlertInput): Promise<{ model: AlertEmailModel; chart: Buffer | null }> {
    const window = input.alert.rule === 'rise-week' ? 7 : 1;
    const subject = { profileSlug: input.profileSlug };
    const [summary, chart] = await Promise.all([run.summary(subject, window), run.chart(subject)]);
    return {
      model: {
        recipientName: input.recipientName,
        alert: input.alert,
        summary,
        chartCid: chart ? CHART_CID : null,
        links: this.links(input.unsubscribeUrl),
      },
      chart,
    };
  }

  private links(unsubscribe: string | null): EmailLinks {
    return { dashboard: `${this.config.publicUrl}/`, unsubscribe };
  }
}

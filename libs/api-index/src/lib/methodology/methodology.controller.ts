import { ApiController, ReadEndpoint } from '@kem/api-auth';
import { IndicatorEntity, WeightProfileEntity, WeightProfileVersionEntity } from '@kem/api-data';
import { ROUTES } from '@kem/api-http';
import { CoefficientRow, MethodologyView } from '@kem/contracts';
import { Logger } from '@nestjs/common';
import {
  methodCoefficients,
  METHOD_V1,
  METHOD_V2,
  REVIEW_INTERVAL_FIT_V2,
  REVIEW_INTERVAL_RULE,
  UNMONITORED_AFTER_INTERVALS,
} from '@kem/scoring';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, In } from 'typeorm';
import { CURATION_RULE, definitionsV2 } from '../build/evidence-snapshot';

export const VALIDATION_REPORT_FILE = 'report.json';

/**
 * The validation report (tools/validation/report.json, written by `npm run validate`): shipped
 * with the API build in `validation/` (webpack asset), read from the repository when running from
 * source (tests, `nx serve`).
 */
export function loadValidationReport(): Record<string, unknown> | null {
  const candidates = [
    join(__dirname, 'validation', VALIDATION_REPORT_FILE),
    join(__dirname, '../../../../../tools/validation', VALIDATION_REPORT_FILE),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) return null;
  return JSON.parse(readFileSync(found, 'utf8')) as Record<string, unknown>;
}

@ApiController('methodology', { access: 'public' })
export class MethodologyController {
  private readonly logger = new Logger(MethodologyController.name);
  private readonly validation: Record<string, unknown> | null;
  private readonly coefficients = methodCoefficients(METHOD_V2);

  constructor(private readonly dataSource: DataSource) {
    let report: Record<string, unknown> | null = null;
    try {
      report = loadValidationReport();
      if (!report) this.logger.warn('Validation report not found: the methodology page shows no validation');
    } catch (error) {
      this.logger.warn(`Validation report unreadable: ${(error as Error).message}`);
    }
    this.validation = report;
  }

  @ReadEndpoint(ROUTES.methodology, 'MethodologyView', {
    summary:
      'Every coefficient of the served scoring method (version 2) and each weight profile’s peak-channel λ, the review-interval and curation rules, the versions served, and the validation report',
  })
  async methodology(): Promise<MethodologyView> {
    const rows = await this.dataSource.getRepository(IndicatorEntity).find({ order: { position: 'ASC', key: 'ASC' } });
    const definitions = definitionsV2(
      rows.map((r) => ({
        key: r.key,
        name: r.name,
        category: r.category as never,
        description: r.description,
        method: r.method,
        defaultWeight: r.defaultWeight,
      })),
    );
    return {
      method: {
        version: METHOD_V2.version,
        label: METHOD_V2.label,
        summary: METHOD_V2.summary,
        aggregation: METHOD_V2.aggregation,
        peakChannel: METHOD_V2.peakChannel,
        stalenessSpread: METHOD_V2.stalenessSpread,
        unmonitoredAfterIntervals: UNMONITORED_AFTER_INTERVALS,
      },
      versions: [METHOD_V2, METHOD_V1].map((m) => ({ version: m.version, label: m.label, summary: m.summary, isDefault: m.version === 2 })),
      coefficients: [...this.coefficients, ...(await this.profilePeakChannels())],
      indicators: definitions.map((d) => ({
        key: d.key,
        name: d.name,
        defaultWeight: d.defaultWeight,
        reviewIntervalDays: d.reviewIntervalDays ?? null,
        unmonitoredAfterDays: d.reviewIntervalDays === undefined ? null : UNMONITORED_AFTER_INTERVALS * d.reviewIntervalDays,
        unknownHoldDays: d.unknownHoldDays ?? null,
        reviewIntervalBasis:
          REVIEW_INTERVAL_FIT_V2[d.key]?.note ??
          'No review interval: an indicator added by an admin is scored without freshness (always fresh).',
        baseline: d.baseline ?? null,
      })),
      reviewIntervalRule: REVIEW_INTERVAL_RULE,
      curationRule: CURATION_RULE,
      validation: this.validation,
    };
  }

  /** The λ each live profile's served version uses, listed after the method's default. */
  private async profilePeakChannels(): Promise<CoefficientRow[]> {
    const profiles = await this.dataSource.getRepository(WeightProfileEntity).find({ where: { archived: false }, order: { id: 'ASC' } });
    const ids = profiles.flatMap((p) => (p.activeVersionId === null ? [] : [p.activeVersionId]));
    const versions = ids.length > 0 ? await this.dataSource.getRepository(WeightProfileVersionEntity).findBy({ id: In(ids) }) : [];
    return profiles.flatMap((p) => {
      const version = versions.find((v) => v.id === p.activeVersionId);
      if (!version) return [];
      return [
        {
          indicatorKey: null,
          group: 'composite' as const,
          name: `profiles.${p.slug}.peakChannel`,
          value: version.peakChannel,
          unit: 'λ',
          basis: 'argued' as const,
          note: `λ of the weight profile “${p.name}” (version ${version.number}); the method’s default is ${METHOD_V2.peakChannel}`,
        },
      ];
    });
  }
}

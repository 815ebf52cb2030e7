import { ApiController, ReadEndpoint } from '@kem/api-auth';
import { ROUTES } from '@kem/api-http';
import type { ExposureRuleView } from '@kem/contracts';
import { DEFAULT_EXPOSURE_RULE, METHOD_V2, SITE_REGIONS } from '@kem/scoring';

/** The published exposure rule (methodology, like the indicator definitions): public. */
@ApiController('exposure', { access: 'public' })
export class ExposureRuleController {
  @ReadEndpoint(ROUTES.exposureRule, 'ExposureRuleView', {
    summary: 'The published rule that turns a company footprint into per-channel exposure factors',
  })
  rule(): ExposureRuleView {
    const rule = DEFAULT_EXPOSURE_RULE;
    const names = Object.fromEntries(METHOD_V2.indicators.map((d) => [d.key, d.name]));
    return {
      version: rule.version,
      floor: rule.floor,
      maxFactor: rule.maxFactor,
      formula: `factor e = min(${rule.maxFactor}, ${rule.floor} + Σ points · m); company weight = country weight · e; company index = the country formula with these weights`,
      measures: rule.measures.map((m) => ({ ...m })),
      rows: rule.rows.map((r) => ({ ...r, indicatorName: names[r.indicatorKey] ?? r.indicatorKey })),
      regions: SITE_REGIONS.map((r) => ({ key: r.key, label: r.label, groups: [...r.groups] })),
    };
  }
}

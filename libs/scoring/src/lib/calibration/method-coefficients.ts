import { UNMONITORED_AFTER_INTERVALS } from '../freshness/freshness';
import type { ScoringMethodSet } from '../defaults/methods';
import { REVIEW_INTERVAL_FIT_V2, SATURATION_FIT_V2 } from '../defaults/default-indicators-v2';
import type { CoefficientRow, DecayingPressureParameters, MetricDirection } from '@kem/contracts';
import { DEFAULT_SATURATION_RULE } from './saturation-quantiles';

export type { CoefficientRow } from '@kem/contracts';

function pressureRows(key: string, p: DecayingPressureParameters, prefix: string, version: number): CoefficientRow[] {
  const fit = version === 2 ? SATURATION_FIT_V2[key] : undefined;
  return [
    ...p.impacts.map(
      (impact, i): CoefficientRow => ({
        indicatorKey: key,
        group: 'impact',
        name: `${prefix}impacts[${i}]`,
        value: impact,
        unit: 'pressure units',
        basis: 'argued',
        note: `impact p(${i + 1}) of a severity-${i + 1} event (doubling per step)`,
      }),
    ),
    {
      indicatorKey: key,
      group: 'half_life',
      name: `${prefix}halfLifeDays`,
      value: p.halfLifeDays,
      unit: 'days',
      basis: 'argued',
      note: 'days after an end for an impact to halve',
    },
    {
      indicatorKey: key,
      group: 'saturation',
      name: `${prefix}saturation`,
      value: p.saturation,
      unit: 'pressure units',
      basis: fit?.basis ?? 'argued',
      note: fit?.note ?? 'pressure at which the event part reaches 63 % of the headroom',
    },
  ];
}

/** The two goalposts of a normalisation, each with the score it maps to: `hi` scores 100 when higher is riskier, 0 when higher is safer. */
function goalpostRows(
  key: string,
  prefix: string,
  goalposts: { readonly lo: number; readonly hi: number },
  direction: MetricDirection,
  row: { unit: string; basis: CoefficientRow['basis']; label?: string },
): CoefficientRow[] {
  return (['lo', 'hi'] as const).map((end) => {
    const scores = `scores ${(end === 'hi') === (direction === 'higher_is_riskier') ? 100 : 0}`;
    return {
      indicatorKey: key,
      group: 'baseline',
      name: `${prefix}.${end}`,
      value: goalposts[end],
      unit: row.unit,
      basis: row.basis,
      note: row.label ? `${row.label}: goalpost (${scores})` : scores,
    };
  });
}

/** All coefficients of a method set. */
export function methodCoefficients(method: ScoringMethodSet): CoefficientRow[] {
  const rows: CoefficientRow[] = [];
  for (const d of method.indicators) {
    const key = d.key;
    rows.push({
      indicatorKey: key,
      group: 'weight',
      name: 'defaultWeight',
      value: d.defaultWeight,
      unit: 'weight',
      basis: 'argued',
      note: 'default weight in the composite',
    });
    const m = d.method;
    if (m.kind === 'event_pressure') rows.push(...pressureRows(key, m, 'method.', method.version));
    if (m.kind === 'stage') {
      for (const s of m.stages) {
        rows.push({
          indicatorKey: key,
          group: 'stage',
          name: `method.stages.${s.key}`,
          value: s.level,
          unit: 'score',
          basis: 'argued',
          note: `floor while "${s.label}" is the latest stage`,
        });
      }
      rows.push(...pressureRows(key, m.enforcement, 'method.enforcement.', method.version));
    }
    if (m.kind === 'metric' && m.normalisation.kind === 'goalposts') {
      rows.push(...goalpostRows(key, 'method.normalisation', m.normalisation, m.direction, { unit: m.unit, basis: 'argued' }));
    }
    d.baseline?.components.forEach((c, i) => {
      const p = `baseline.components[${i}]`;
      rows.push(
        ...goalpostRows(key, p, c, c.direction, { unit: c.series, basis: 'data', label: c.label }),
        {
          indicatorKey: key,
          group: 'baseline',
          name: `${p}.weight`,
          value: c.weight,
          unit: 'share of the scale',
          basis: 'argued',
          note: `${c.label}: B = Σ weight · u`,
        },
        {
          indicatorKey: key,
          group: 'baseline',
          name: `${p}.lagMonths`,
          value: c.lagMonths,
          unit: `months after ${c.availableFrom.replace('_', ' ')}`,
          basis: 'data',
          note: `${c.label}: when a value becomes known`,
        },
      );
      if (c.prior)
        rows.push({
          indicatorKey: key,
          group: 'baseline',
          name: `${p}.prior`,
          value: c.prior.value,
          unit: c.series,
          basis: 'argued',
          note: c.prior.note,
        });
    });
    if (d.baseline) {
      rows.push({
        indicatorKey: key,
        group: 'baseline',
        name: 'baseline.expectedVintageMonths',
        value: d.baseline.expectedVintageMonths,
        unit: 'months',
        basis: 'argued',
        note: 'older values are flagged stale vintage',
      });
    }
    if (d.reviewIntervalDays !== undefined) {
      rows.push({
        indicatorKey: key,
        group: 'freshness',
        name: 'reviewIntervalDays',
        value: d.reviewIntervalDays,
        unit: 'days',
        basis: method.version === 2 && REVIEW_INTERVAL_FIT_V2[key]?.reviewIntervalDays === d.reviewIntervalDays ? 'fitted' : 'argued',
        note: `stale after one interval without an event or review, unmonitored after ${UNMONITORED_AFTER_INTERVALS}${
          method.version === 2 && REVIEW_INTERVAL_FIT_V2[key]?.reviewIntervalDays === d.reviewIntervalDays
            ? `; ${REVIEW_INTERVAL_FIT_V2[key].note}`
            : ''
        }`,
      });
    }
    if (d.unknownHoldDays !== undefined) {
      rows.push({
        indicatorKey: key,
        group: 'memory',
        name: 'unknownHoldDays',
        value: d.unknownHoldDays,
        unit: 'days',
        basis: 'argued',
        note: 'an event of unknown status is held this long, then decays and is flagged',
      });
    }
  }
  rows.push({
    indicatorKey: null,
    group: 'composite',
    name: 'aggregation',
    value: method.aggregation,
    unit: '',
    basis: 'argued',
    note: 'weighted mean over covered indicators',
  });
  rows.push({
    indicatorKey: null,
    group: 'composite',
    name: 'peakChannel',
    value: method.peakChannel,
    unit: 'λ',
    basis: 'argued',
    note: 'I = mean + λ·(max − mean); the method’s default: each weight profile sets its own λ (0–1)',
  });
  if (method.stalenessSpread) {
    rows.push(
      {
        indicatorKey: null,
        group: 'freshness',
        name: 'unmonitoredAfterIntervals',
        value: UNMONITORED_AFTER_INTERVALS,
        unit: 'review intervals',
        basis: 'argued',
        note: 'left out of the composite after this many intervals',
      },
      {
        indicatorKey: null,
        group: 'freshness',
        name: 'spreadPointsPerInterval',
        value: method.stalenessSpread.spreadPointsPerInterval,
        unit: 'score points',
        basis: 'argued',
        note: 'uncertainty half-width per review interval overdue',
      },
      {
        indicatorKey: null,
        group: 'freshness',
        name: 'maxSpreadPoints',
        value: method.stalenessSpread.maxSpreadPoints,
        unit: 'score points',
        basis: 'argued',
        note: 'cap of that half-width',
      },
    );
    const r = DEFAULT_SATURATION_RULE;
    rows.push(
      {
        indicatorKey: null,
        group: 'calibration',
        name: 'saturation.quantile',
        value: r.quantile,
        unit: '',
        basis: 'argued',
        note: 'quantile of daily pressure on active days',
      },
      {
        indicatorKey: null,
        group: 'calibration',
        name: 'saturation.targetFraction',
        value: r.targetFraction,
        unit: 'of headroom',
        basis: 'argued',
        note: 'share of the headroom the event part takes at that quantile',
      },
      {
        indicatorKey: null,
        group: 'calibration',
        name: 'saturation.activeFrom',
        value: r.activeFrom,
        unit: 'pressure units',
        basis: 'argued',
        note: 'a day counts as active from this pressure',
      },
      {
        indicatorKey: null,
        group: 'calibration',
        name: 'saturation.clamp',
        value: `${r.minSaturation}..${r.maxSaturation}`,
        unit: 'pressure units',
        basis: 'argued',
        note: 'fitted k is clamped to this range',
      },
    );
  }
  return rows;
}

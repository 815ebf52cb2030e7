/**
 * The validation report (tools/validation/report.json, served in GET /api/methodology as an untyped
 * record) read defensively: every figure the page shows, null where the report lacks it.
 */

export interface YearlyRow {
  year: number;
  v1: number | null;
  v2: number | null;
  v2Min: number | null;
  v2Max: number | null;
}

export interface BacktestFigures {
  hitRate: number | null;
  hitOrHighRate: number | null;
  falseAlarmRate: number | null;
  alarmEpisodes: number | null;
  falseAlarms: number | null;
  medianLagDays: number | null;
}

export interface CrisisRow {
  date: string;
  titles: string[];
  v1Hit: boolean | null;
  v2Hit: boolean | null;
  v1Rise: number | null;
  v2Rise: number | null;
}

export interface WtwRow {
  period: string;
  wtw: number | null;
  v1: number | null;
  v2: number | null;
}

export interface DirectionalRow {
  date: string;
  rater: string;
  action: string;
  v1Agrees: boolean | null;
  v2Agrees: boolean | null;
}

export interface SensitivityOutput {
  /** 'meanIndex' → 'Mean index, 2014 to today'; 'lastDay' → 'Today'. */
  name: string;
  label: string;
  shares: { parameter: string; label: string; share: number }[];
}

const PARAMETER_LABELS: Record<string, string> = {
  weights: 'Weights',
  impacts: 'Impacts',
  constants: 'Saturation constants',
  peakChannel: 'Peak-channel λ',
  staleness: 'Staleness',
};

export interface ValidationFigures {
  generatedFor: string | null;
  yearly: YearlyRow[];
  checks: { v1DaysAtZero: number | null; v2DaysBelowOne: number | null; v2DaysWithoutValue: number | null };
  backtest: { definition: string | null; v1: BacktestFigures | null; v2: BacktestFigures | null; crises: CrisisRow[] };
  external: {
    directionAgreement: { v1: string | null; v2: string | null };
    spearman: { v1: number | null; v2: number | null };
    wtw: WtwRow[];
    directional: DirectionalRow[];
    notes: string[];
  };
  sensitivity: { drawsPerGroup: number | null; outputs: SensitivityOutput[] };
  saturation: {
    rule: { name: string; value: number }[];
    constants: { key: string; published: number | null; refit: number | null; activeDays: number | null }[];
  };
  peerSanity: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

function backtestFigures(v: unknown): BacktestFigures | null {
  if (v === undefined || v === null) return null;
  const o = obj(v);
  return {
    hitRate: num(o['hitRate']),
    hitOrHighRate: num(o['hitOrHighRate']),
    falseAlarmRate: num(o['falseAlarmRate']),
    alarmEpisodes: num(o['alarmEpisodes']),
    falseAlarms: num(o['falseAlarms']),
    medianLagDays: num(o['medianLagDays']),
  };
}

const OUTPUT_LABELS: Record<string, string> = { meanIndex: 'Mean of the index, 2014 to today', lastDay: 'The index today' };

export function validationFigures(report: Record<string, unknown> | null): ValidationFigures | null {
  if (!report) return null;
  const checks = obj(report['checks']);
  const backtest = obj(report['backtest']);
  const summary = obj(backtest['summary']);
  const external = obj(report['external']);
  const sensitivity = obj(report['sensitivity']);
  const saturation = obj(report['saturation']);
  return {
    generatedFor: str(report['generatedFor']),
    yearly: arr(report['yearly']).map((y) => {
      const o = obj(y);
      return { year: num(o['year']) ?? 0, v1: num(o['v1']), v2: num(o['v2']), v2Min: num(o['v2Min']), v2Max: num(o['v2Max']) };
    }),
    checks: {
      v1DaysAtZero: num(checks['v1DaysAtZero']),
      v2DaysBelowOne: num(checks['v2DaysBelowOne']),
      v2DaysWithoutValue: num(checks['v2DaysWithoutValue']),
    },
    backtest: {
      definition: str(backtest['definition']),
      v1: backtestFigures(summary['v1']),
      v2: backtestFigures(summary['v2']),
      crises: arr(backtest['crises']).map((c) => {
        const o = obj(c);
        const v1 = obj(o['v1']);
        const v2 = obj(o['v2']);
        return {
          date: str(o['date']) ?? '',
          titles: arr(o['titles'])
            .map(str)
            .filter((t): t is string => t !== null),
          v1Hit: bool(v1['hit']),
          v2Hit: bool(v2['hit']),
          v1Rise: num(v1['rise']),
          v2Rise: num(v2['rise']),
        };
      }),
    },
    external: {
      directionAgreement: { v1: str(obj(external['directionAgreement'])['v1']), v2: str(obj(external['directionAgreement'])['v2']) },
      spearman: { v1: num(obj(external['spearmanYearlyVsCreditRisk'])['v1']), v2: num(obj(external['spearmanYearlyVsCreditRisk'])['v2']) },
      wtw: arr(external['wtwLevel']).map((w) => {
        const o = obj(w);
        return { period: str(o['period']) ?? '', wtw: num(o['wtw']), v1: num(o['v1']), v2: num(o['v2']) };
      }),
      directional: arr(external['directional']).map((d) => {
        const o = obj(d);
        return {
          date: str(o['date']) ?? '',
          rater: str(o['rater']) ?? '',
          action: str(o['action']) ?? '',
          v1Agrees: bool(o['v1Agrees']),
          v2Agrees: bool(o['v2Agrees']),
        };
      }),
      notes: arr(external['notes'])
        .map(str)
        .filter((t): t is string => t !== null),
    },
    sensitivity: {
      drawsPerGroup: num(sensitivity['drawsPerGroup']),
      outputs: Object.entries(obj(sensitivity['outputs'])).map(([name, output]) => ({
        name,
        label: OUTPUT_LABELS[name] ?? name,
        shares: Object.entries(obj(obj(output)['share']))
          .map(([parameter, share]) => ({ parameter, label: PARAMETER_LABELS[parameter] ?? parameter, share: num(share) ?? 0 }))
          .sort((a, b) => b.share - a.share),
      })),
    },
    saturation: {
      rule: Object.entries(obj(saturation['rule']))
        .map(([name, value]) => ({ name, value: num(value) }))
        .filter((r): r is { name: string; value: number } => r.value !== null),
      constants: arr(saturation['constants']).map((c) => {
        const o = obj(c);
        return { key: str(o['key']) ?? '', published: num(o['published']), refit: num(o['refit']), activeDays: num(o['activeDays']) };
      }),
    },
    peerSanity: arr(report['peerSanity'])
      .map(str)
      .filter((t): t is string => t !== null),
  };
}

/** A rate 0..1 as '67 %', '–' when missing. */
export function rate(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}

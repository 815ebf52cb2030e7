import { saturationScore, ScoringMethod, SEVERITY_RUBRIC, stageScore, goalpostScore, DecayingPressureParameters } from '@kem/scoring';

/** One parameter of a scoring method: its name, value and what it does, in words. */
export interface MethodParameter {
  name: string;
  value: string;
  meaning: string;
}

/** How an indicator turns its evidence into a 0–100 score, for the indicator page. */
export interface MethodExplanation {
  title: string;
  paragraphs: string[];
  parameters: MethodParameter[];
  /** Worked examples with the indicator's own parameters. */
  examples: string[];
}

const round = (x: number) => x.toFixed(0);

function impactsText(impacts: readonly number[]): string {
  return impacts.map((p, i) => `${SEVERITY_RUBRIC[i]?.label ?? `Severity ${i + 1}`} ${p}`).join(' · ');
}

function pressureParameters(
  p: DecayingPressureParameters,
  what: string,
  saturation: (once: string, twice: string) => string,
): MethodParameter[] {
  return [
    {
      name: 'Impact by severity',
      value: impactsText(p.impacts),
      meaning: `The pressure ${what} adds, by its severity from 1 (Minor) to 5 (Extreme).`,
    },
    {
      name: 'Half-life',
      value: `${p.halfLifeDays} days`,
      meaning: `After an event ends, its pressure halves every ${p.halfLifeDays} days; an ongoing event keeps its full pressure until its end date.`,
    },
    {
      name: 'Saturation',
      value: String(p.saturation),
      meaning: saturation(round(saturationScore(p.saturation, p.saturation)), round(saturationScore(2 * p.saturation, p.saturation))),
    },
  ];
}

/** Score of one event of `severity` `days` after it ended, alone. */
function singleEventScore(p: DecayingPressureParameters, severity: number, days: number): number {
  return saturationScore(p.impacts[severity - 1] * Math.pow(2, -days / p.halfLifeDays), p.saturation);
}

/** The method and its parameters explained in words, with worked examples from the parameters themselves. */
export function explainMethod(method: ScoringMethod): MethodExplanation {
  switch (method.kind) {
    case 'event_pressure': {
      const h = method.halfLifeDays;
      return {
        title: 'Event pressure',
        paragraphs: [
          'Every published event adds pressure according to its severity. The pressure of an event that has ended fades: it halves every half-life.',
          `The score turns the total pressure x into 0–100 as s = 100 · (1 − e^(−x / ${method.saturation})): it rises quickly with the first events and approaches, but never reaches, 100.`,
          'Each event’s share of today’s score is its share of today’s pressure.',
        ],
        parameters: pressureParameters(
          method,
          'an event',
          (once, twice) =>
            `A total pressure of ${method.saturation} scores ${once}, twice that ${twice}: more events always add, but less and less.`,
        ),
        examples: [
          `A single Major event (severity 4) scores ${round(singleEventScore(method, 4, 0))} on the day it ends, ${round(singleEventScore(method, 4, h))} after ${h} days and ${round(singleEventScore(method, 4, 3 * h))} after ${3 * h} days.`,
          `A single Extreme event (severity 5) scores ${round(singleEventScore(method, 5, 0))}; a Minor one (severity 1) ${round(singleEventScore(method, 1, 0))}.`,
        ],
      };
    }
    case 'stage': {
      const e = method.enforcement;
      const adopted = method.stages.find((s) => s.key === 'adopted') ?? method.stages[Math.floor(method.stages.length / 2)];
      const examples = adopted
        ? [
            `With the latest stage at ${adopted.label} (level ${adopted.level}) and no enforcement, the score is ${adopted.level}; one Major enforcement event (severity 4) raises it to ${round(stageScore(adopted.level, e.impacts[3], e.saturation))}.`,
          ]
        : [];
      return {
        title: 'Legislative stage',
        paragraphs: [
          'The latest stage the legislation has reached sets the level of the score. Events without a stage are enforcement events: they push the score from that level towards 100, and their pressure fades with the half-life.',
          `In a formula: s = L + (100 − L) · (1 − e^(−x / ${e.saturation})), where L is the level of the latest stage and x the enforcement pressure.`,
          'The stage in force accounts for its level in today’s score; enforcement events share the rest.',
        ],
        parameters: [
          {
            name: 'Stage levels',
            value: method.stages.map((s) => `${s.label} ${s.level}`).join(' · '),
            meaning: 'The score while this is the latest stage reached (a withdrawal lowers it).',
          },
          ...pressureParameters(
            e,
            'an enforcement event',
            (once, twice) =>
              `An enforcement pressure of ${e.saturation} closes ${once} % of the gap between the stage level and 100, twice that ${twice} %.`,
          ),
        ],
        examples,
      };
    }
    case 'metric': {
      const n = method.normalisation;
      const unit = method.unit;
      const riskier = method.direction === 'higher_is_riskier';
      const series = method.series ? ` (series “${method.series}”)` : '';
      const paragraphs = [`Each observation${series} holds from its date until the next one; there is no score before the first.`];
      const parameters: MethodParameter[] = [];
      const examples: string[] = [];
      if (n.kind === 'goalposts') {
        const [zeroAt, fullAt] = riskier ? [n.lo, n.hi] : [n.hi, n.lo];
        paragraphs.push(
          `It is scored against fixed goalposts, in a straight line: 0 at ${zeroAt}${unit}${riskier ? ' or less' : ' or more'}, 100 at ${fullAt}${unit}${riskier ? ' or more' : ' or less'}.`,
        );
        parameters.push(
          {
            name: 'Lower goalpost',
            value: `${n.lo}${unit}`,
            meaning: riskier ? 'At or below this the score is 0.' : 'At or below this the score is 100.',
          },
          {
            name: 'Upper goalpost',
            value: `${n.hi}${unit}`,
            meaning: riskier ? 'At or above this the score is 100.' : 'At or above this the score is 0.',
          },
        );
        const mid = (n.lo + n.hi) / 2;
        const score = riskier ? goalpostScore(mid, n.lo, n.hi) : 100 - goalpostScore(mid, n.lo, n.hi);
        examples.push(`An observation of ${mid}${unit} scores ${round(score)}.`);
      } else {
        paragraphs.push(
          `It is scored by its percentile among all observations up to its date (${riskier ? 'the highest so far scores near 100' : 'the lowest so far scores near 100'}); no score until there are ${n.minObservations} observations.`,
        );
        parameters.push({
          name: 'Minimum history',
          value: `${n.minObservations} observations`,
          meaning: 'Percentiles of a shorter history would mean little.',
        });
      }
      parameters.push({
        name: 'Direction',
        value: riskier ? 'Higher is riskier' : 'Higher is safer',
        meaning: riskier ? 'A rising value raises the score.' : 'A rising value lowers the score.',
      });
      return { title: 'Metric', paragraphs, parameters, examples };
    }
  }
}

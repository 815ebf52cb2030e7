import { ConnectorSettingsError } from '../model/errors';
import { DEFAULT_INTAKE_RULES } from './intake-rules';
import { IntakeSuggester, type ExistingEvent } from './suggest';

const suggester = new IntakeSuggester();
const item = (title: string, summary = '', sourceName = 'Eurasianet', sourceUrl = 'https://eurasianet.org/x', date = '2025-02-20') => ({
  title,
  summary,
  sourceName,
  sourceUrl,
  date,
});
const event = (id: number, indicatorKey: string, date: string, title: string, extra: Partial<ExistingEvent> = {}): ExistingEvent => ({
  id,
  indicatorKey,
  date,
  title,
  endDate: null,
  parentId: null,
  sourceName: 'Source',
  sourceUrl: `https://example.org/${id}`,
  ...extra,
});

describe('IntakeSuggester', () => {
  it('suggests the indicator with the highest keyword score, title hits weighing 1.5 times, with reasons', () => {
    const s = suggester.suggest(
      item('CPC halts loadings at Novorossiysk after drone attack', 'The Caspian Pipeline Consortium said one mooring was damaged.'),
    );

    // CPC 2 × 1.5 + Novorossiysk 2 × 1.5 (title) + Caspian Pipeline 3 + mooring 2 (summary) = 11
    expect(s.indicator).toEqual({
      indicatorKey: 'cpc_pipeline',
      score: 11,
      reasons: [
        '"Caspian Pipeline" in the summary (+3)',
        '"CPC" in the title (+3)',
        '"Novorossiysk" in the title (+3)',
        '"mooring" in the summary (+2)',
      ],
    });
    // "halts" (4) beats "damaged" (3); "drone attack" is 4 too.
    expect(s.severity).toEqual({
      severity: 4,
      guessed: false,
      reasons: ['severity 4 from "halts", "drone attack" (lower cues also present: "damaged")'],
    });
    expect(s.confidence).toBe('high');
    expect(s.reasons[s.reasons.length - 1]).toBe('source weight 1: regional newsroom, original reporting; confidence high');
  });

  describe('recovery news', () => {
    const severityOf = (title: string, summary = '') => suggester.severity({ title, summary });

    it('rates a recovery in the title by its recovery cue, saying which stronger cue it lowered and why', () => {
      expect(
        severityOf(
          'Kazakhstan: CPC resumes loadings at Novorossiysk after drone attack',
          'The Caspian Pipeline Consortium said two of its three single-point moorings were back in service.',
        ),
      ).toEqual({
        severity: 1,
        guessed: false,
        reasons: [
          'severity 1 from "resumes" in the title, lowered from 4 ("drone attack"): the title reports a recovery, so the stronger cue names what it recovers from, not a new event',
        ],
      });
      expect(severityOf('State of emergency lifted in Almaty').severity).toBe(1);
      expect(severityOf('КТК возобновил отгрузки нефти после атаки беспилотников').severity).toBe(1);
      // «не» is a whole word: «нефти» before the cue is no denial.
      expect(severityOf('Отгрузки нефти возобновлены после атаки беспилотников').severity).toBe(1);
    });

    it('rates a fresh attack or halt by its strongest cue', () => {
      expect(severityOf('Kazakhstan: Drone strike halts oil loadings at CPC terminal near Novorossiysk').reasons).toEqual([
        'severity 4 from "halts", "drone strike"',
      ]);
      expect(severityOf('Атака беспилотников: КТК приостановил отгрузки').severity).toBe(4);
    });

    it('keeps the stronger cue where the wording does not report a recovery that happened', () => {
      // Only the summary looks back on an earlier recovery: the title reports a new incident.
      expect(severityOf('Drone attack halts CPC loadings', 'Loadings had resumed a week earlier.').severity).toBe(4);
      // A plan is not a recovery: "to resume", «возобновит» are not recovery cues.
      expect(severityOf('CPC to resume loadings next week after drone attack').severity).toBe(4);
      expect(severityOf('КТК возобновит отгрузки после атаки беспилотников').severity).toBe(4);
      // A denial before the cue, at most one word between, and the cue counts nowhere, with the reason.
      expect(severityOf('CPC loadings not yet resumed after drone attack')).toEqual({
        severity: 4,
        guessed: false,
        reasons: ['"resumed" not counted as a recovery: the text says "not yet resumed"', 'severity 4 from "drone attack"'],
      });
      expect(severityOf("Power in Ekibastuz hasn't been restored after blackout").reasons[0]).toBe(
        '"restored" not counted as a recovery: the text says "hasn\'t been restored"',
      );
      expect(severityOf('Gas supply to be restored after pipeline shut down').severity).toBe(4);
      expect(severityOf('Отгрузки КТК не возобновлены после атаки беспилотников').severity).toBe(4);
      expect(severityOf('Power still not restored in Ekibastuz')).toMatchObject({ severity: 2, guessed: true });
    });
  });

  it('does not count CPC when the text is about the Communist Party of China', () => {
    const s = suggester.suggest(item('CPC congress opens in Beijing', 'The Communist Party of China meets; Xi Jinping speaks.'));

    expect(s.indicator).toBeNull();
    expect(s.reasons[0]).toBe('no indicator keyword: choose the indicator');
  });

  it('reads a whole-word cue as a word only: a bill is a severity-2 step, a billion is not', () => {
    const severityOf = (title: string) => suggester.severity({ title, summary: '' });

    expect(severityOf('Mazhilis passes bill on foreign funding').reasons).toEqual(['severity 2 from "bill"']);
    expect(severityOf('Two bills on NGOs reach the Senate').severity).toBe(2);
    expect(severityOf('Kazakhstan signs $100 billion investment pledges').reasons).not.toContainEqual(expect.stringContaining('"bill"'));
  });

  it('reads a strike by miners as unrest, and a drone strike on CPC not', () => {
    const workers = suggester.suggest(item('Copper miners strike in Zhezkazgan over wages', '', 'Reuters', 'https://example.org/1'));
    const drone = suggester.suggest(item('Drone strike on CPC station', '', 'Reuters', 'https://example.org/2'));

    expect(workers.indicator?.indicatorKey).toBe('internal_unrest');
    expect(drone.indicator?.indicatorKey).toBe('cpc_pipeline');
    expect([drone.indicator, ...drone.alternatives].map((a) => a?.indicatorKey)).not.toContain('internal_unrest');
  });

  it('reads Russian: stems match inflections; a state of emergency is severity 5', () => {
    const s = suggester.suggest(
      item(
        'В Алматы введено чрезвычайное положение после массовых беспорядков',
        '',
        'Azattyq (Russian)',
        'https://rus.azattyq.org/a/1.html',
      ),
    );

    expect(s.indicator?.indicatorKey).toBe('internal_unrest');
    expect(s.indicator?.reasons).toEqual(['"беспорядк" in the title (+4.5)', '"чрезвычайн положени" in the title (+3)']);
    expect(s.severity.severity).toBe(5);
    expect(s.sourceWeight).toEqual({ weight: 1, reason: 'source weight 1: RFE/RL Kazakh Service, original reporting' });
  });

  it('flags the default severity as a guess, and lowers confidence for unknown or aggregated sources', () => {
    const s = suggester.suggest(item('Activists discuss foreign agent register', '', 'Some blog', 'https://blog.example/post'));

    expect(s.severity).toEqual({
      severity: 2,
      guessed: true,
      reasons: ['no severity cue word: default 2 (rubric: a concrete step with limited reach), check it'],
    });
    // foreign agent 3 × 1.5 + register 1 × 1.5 = 6 for foreign_agent; activist 2 × 1.5 = 3 for civil_liberties.
    expect(s.indicator?.score).toBe(6);
    expect(s.alternatives).toEqual([{ indicatorKey: 'civil_liberties', score: 3 }]);
    // 6 × 0.6 = 3.6: medium, where a trusted newsroom would make it high.
    expect(s.confidence).toBe('medium');
    expect(suggester.suggest({ ...item('Activists discuss foreign agent register'), sourceName: 'Eurasianet' }).confidence).toBe('high');
  });

  describe('families', () => {
    const existing = [
      event(10, 'cpc_pipeline', '2025-02-17', 'Drone strike on CPC Kropotkinskaya pumping station'),
      event(11, 'cpc_pipeline', '2025-02-25', 'CPC Kropotkinskaya pumping station repair estimate', { parentId: 10 }),
      event(12, 'internal_unrest', '2025-02-18', 'Kropotkinskaya residents protest'),
    ];

    it('links a follow-up to the family root through its nearest member, with the reasons', () => {
      const s = suggester.suggest(
        item('CPC Kropotkinskaya pumping station back in service', '', 'Reuters', 'https://reuters.com/x', '2025-03-20'),
        existing,
      );

      expect(s.family).toEqual({
        parentId: 10,
        nearestEventId: 11,
        similarity: 0.5,
        reasons: [
          'same indicator as event 11 (a follow-up of 10), 23 day(s) after it',
          'titles share cpc, kropot, pumpin, statio (similarity 0.5)',
        ],
      });
    });

    it('links nothing from another indicator, outside the window, or sharing one word only', () => {
      expect(
        suggester.suggest(
          item('CPC Kropotkinskaya pumping station back in service', '', 'Reuters', 'https://reuters.com/x', '2025-05-30'),
          existing,
        ).family,
      ).toBeNull();
      expect(
        suggester.suggest(item('CPC tariff for 2026 approved', '', 'Reuters', 'https://reuters.com/y', '2025-02-20'), existing).family,
      ).toBeNull();
    });

    it('flags a stored event with the same canonical URL as a duplicate', () => {
      const s = suggester.suggest(item('Drone strike on CPC station', '', 'Source', 'https://example.org/10?utm_source=rss'), existing);

      expect(s.duplicateOf?.of.id).toBe(10);
      expect(s.duplicateOf?.kind).toBe('url');
    });
  });

  it('refuses rules with a term without letters, naming it', () => {
    const rules = { ...DEFAULT_INTAKE_RULES, severityCues: [{ severity: 3 as const, terms: ['!!'] }] };
    expect(() => new IntakeSuggester(rules)).toThrow(ConnectorSettingsError);
    expect(() => new IntakeSuggester({ ...DEFAULT_INTAKE_RULES, recoveryDenials: ['—'] })).toThrow(/recovery denial "—" has no letters/);
  });
});

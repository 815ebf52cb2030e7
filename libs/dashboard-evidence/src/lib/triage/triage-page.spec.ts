import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { EventView, TriageItemView, TriageResult } from '@kem/contracts';
import { anEvent, aPage, CPC, CSTO, FOREIGN_AGENT, renderPage } from '@kem/dashboard-core/testing';
import { REJECT_REASONS } from './triage-editor';
import { TriagePage } from './triage-page';

const INDICATORS = [CPC, FOREIGN_AGENT, CSTO];

const draft = (event: Partial<EventView>, extra: Partial<TriageItemView> = {}): TriageItemView => ({
  event: anEvent({ status: 'draft', origin: 'connector', ...event }),
  suggestion: {
    indicatorKey: event.indicatorKey ?? 'cpc_pipeline',
    severity: event.severity ?? 2,
    severityGuessed: false,
    parentId: null,
    confidence: 'high',
    reasons: ['indicator cpc_pipeline (score 6): "CPC" in the title (+3)', 'severity 4 from "drone attack"'],
  },
  duplicates: [],
  familyCandidates: [],
  ...extra,
});

const storm = draft(
  { id: 8, title: 'Drone strike halts CPC loadings', severity: 4, date: '2026-05-04' },
  {
    familyCandidates: [
      { id: 3, indicatorKey: 'cpc_pipeline', date: '2026-04-20', title: 'Drone attack on CPC mooring', severity: 5, suggested: true },
      { id: 2, indicatorKey: 'cpc_pipeline', date: '2026-02-01', title: 'Storm closes the terminal', severity: 3, suggested: false },
    ],
    duplicates: [
      {
        title: 'Drone strike halts CPC loadings - Reuters',
        sourceName: 'Reuters',
        sourceUrl: 'https://www.reuters.com/x',
        date: '2026-05-04',
        kind: 'title',
        similarity: 1,
        reason: 'title shares 5 word(s) with "Drone strike halts CPC loadings" (Eurasianet)',
        recordedAt: '2026-05-08',
      },
    ],
  },
);
const unsure = draft({ id: 9, title: 'Tengiz output news', date: '2026-05-05' });
unsure.suggestion = { ...(unsure.suggestion as NonNullable<TriageItemView['suggestion']>), confidence: 'low' };
const agents = draft({ id: 10, indicatorKey: 'foreign_agent', title: 'Foreign agent bill moves on', date: '2026-05-06' });

describe('TriagePage', () => {
  async function open(items: TriageItemView[] = [storm, unsure, agents], total = items.length) {
    const { fixture, http, el, stable } = await renderPage(TriagePage);
    http.expectOne('/api/indicators').flush(INDICATORS);
    queueRequest(http).flush(aPage(items, { total }));
    await stable();
    const press = async (key: string, target: Element = document.activeElement ?? document.body) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await stable();
    };
    return { fixture, http, el, stable, press };
  }

  const queueRequest = (http: HttpTestingController): TestRequest => http.expectOne((r) => r.url === '/api/triage' && r.method === 'GET');
  const selected = (el: HTMLElement) => el.querySelector('li[aria-current=true] h3')?.textContent;
  const titles = (el: HTMLElement) => Array.from(el.querySelectorAll('kem-event-card h3')).map((h) => h.textContent);
  const result = (item: TriageItemView, decision: TriageResult['decision'], event: Partial<EventView> = {}, notes: string[] = []) => ({
    decision,
    event: { ...item.event, status: decision === 'rejected' ? 'rejected' : 'published', ...event },
    notes,
  });

  it('lists the drafts with their suggestion, its reasons and the merged copies, under a visible key legend', async () => {
    const { el } = await open();
    expect(el.querySelector('[data-testid=count]')?.textContent).toContain('3 drafts waiting');
    const legend = el.querySelector('[data-testid=key-legend]')?.textContent ?? '';
    for (const words of [
      'accept the suggestion',
      'correct indicator, severity or family',
      'merge into a family',
      'reject, with a reason',
    ]) {
      expect(legend).toContain(words);
    }
    const first = el.querySelector('li[data-draft="8"]') as HTMLElement;
    expect(first.querySelector('[data-testid=suggested-indicator]')?.textContent).toBe('CPC pipeline disruptions');
    expect(first.querySelector('[data-testid=suggested-severity]')?.textContent).toContain('4');
    expect(first.querySelector('[aria-label="Why intake suggests this"]')?.textContent).toContain('"CPC" in the title (+3)');
    expect(first.querySelector('[data-testid=copies]')?.textContent).toContain('Reuters: Drone strike halts CPC loadings - Reuters');
    expect(first.querySelector('button[aria-label="Accept: Drone strike halts CPC loadings"]')?.getAttribute('aria-keyshortcuts')).toBe(
      'a',
    );
    expect(el.textContent).not.toContain('keyword-matched news here');
  });

  it('moves with j and k, and a publishes the selected draft as suggested, selecting the next one', async () => {
    const { el, http, press, stable } = await open();
    expect(selected(el)).toBe('Drone strike halts CPC loadings');
    await press('j');
    await press('j');
    expect(selected(el)).toBe('Foreign agent bill moves on');
    await press('k');
    await press('k');
    await press('k');
    expect(selected(el)).toBe('Drone strike halts CPC loadings');

    await press('a');
    const req = http.expectOne({ method: 'POST', url: '/api/triage/8/accept' });
    req.flush(result(storm, 'accepted'));
    await stable();
    expect(titles(el)).toEqual(['Tengiz output news', 'Foreign agent bill moves on']);
    expect(selected(el)).toBe('Tengiz output news');
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain(
      'Published “Drone strike halts CPC loadings” as suggested: CPC pipeline disruptions, severity 4.',
    );
  });

  it('asks once more before accepting a draft intake is unsure of: a second a publishes, Esc goes back', async () => {
    const { el, http, press } = await open([unsure]);
    await press('a');
    expect(el.querySelector('[data-editor=confirm]')?.textContent).toContain('confidence in this suggestion is low');
    http.expectNone({ method: 'POST' });
    await press('Escape');
    expect(el.querySelector('kem-triage-editor')).toBeNull();
    await press('a');
    await press('a');
    http.expectOne({ method: 'POST', url: '/api/triage/9/accept' }).flush(result(unsure, 'accepted'));
  });

  it('asks too when intake guessed the severity, saying so', async () => {
    const guessed = draft({ id: 11, title: 'Astana rally', date: '2026-05-07' });
    guessed.suggestion = { ...(guessed.suggestion as NonNullable<TriageItemView['suggestion']>), severityGuessed: true };
    const { el, http, press } = await open([guessed]);
    await press('a');
    expect(el.querySelector('[data-editor=confirm]')?.textContent).toContain('Intake guessed severity 2');
    http.expectNone({ method: 'POST' });
    // (Enter on the focused Publish button clicks it in a browser; jsdom has no such default action.)
    (el.querySelector('[data-testid=editor-submit]') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/triage/11/accept' });
  });

  it('c opens the correction editor on the suggestion; Enter publishes the analyst’s severity and family', async () => {
    const { el, http, press, stable } = await open();
    await press('c');
    const severity = el.querySelector('[data-testid=correct-severity]') as HTMLSelectElement;
    expect((el.querySelector('[data-testid=correct-indicator]') as HTMLSelectElement).value).toBe('cpc_pipeline');
    expect(severity.value).toBe('4');
    severity.value = '1';
    severity.dispatchEvent(new Event('change'));
    const family = el.querySelector('[data-testid=correct-family]') as HTMLSelectElement;
    family.value = '2';
    family.dispatchEvent(new Event('change'));
    await press('Enter', family);
    const req = http.expectOne({ method: 'POST', url: '/api/triage/8/correct' });
    expect(req.request.body).toEqual({ indicatorKey: 'cpc_pipeline', severity: 1, parentId: 2 });
    req.flush(result(storm, 'corrected', { severity: 1, parentId: 2 }));
    await stable();
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain(
      'corrected: CPC pipeline disruptions, severity 1, follow-up of event #2',
    );
  });

  it('m Enter merges into the suggested family; r then 2 rejects with that reason', async () => {
    const { el, http, press, stable } = await open();
    await press('m');
    expect((el.querySelector('[data-testid=merge-parent]') as HTMLSelectElement).value).toBe('3');
    await press('Enter');
    const merge = http.expectOne({ method: 'POST', url: '/api/triage/8/merge' });
    expect(merge.request.body).toEqual({ parentId: 3 });
    merge.flush(result(storm, 'merged', { parentId: 3 }, ['severity lowered from 5 to 4']));
    await stable();
    expect(el.querySelector('[data-testid=notice]')?.textContent).toContain(
      'into event #3 as a follow-up: it adds no impact (severity lowered',
    );

    await press('r');
    await press('2');
    const reject = http.expectOne({ method: 'POST', url: '/api/triage/9/reject' });
    expect(reject.request.body).toEqual({ reason: REJECT_REASONS[1] });
  });

  it('ignores keys typed into a field: a written reason is sent with Enter, not taken as shortcuts', async () => {
    const { el, http, press } = await open();
    await press('r');
    const other = el.querySelector('[data-testid=reject-other]') as HTMLInputElement;
    other.focus();
    await press('a');
    await press('1');
    await press('j');
    http.expectNone({ method: 'POST' });
    other.value = 'Sports news';
    other.dispatchEvent(new Event('input'));
    await press('Enter');
    expect(http.expectOne({ method: 'POST', url: '/api/triage/8/reject' }).request.body).toEqual({ reason: 'Sports news' });
  });

  it('keeps a draft whose decision failed, saying why, and the buttons work as the keys do', async () => {
    const { el, http, stable } = await open();
    (el.querySelector('button[aria-label="Merge into a family: Drone strike halts CPC loadings"]') as HTMLButtonElement).click();
    await stable();
    (el.querySelector('[data-testid=merge-event-id]') as HTMLInputElement).value = '999';
    el.querySelector('[data-testid=merge-event-id]')?.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid=editor-submit]') as HTMLButtonElement).click();
    http
      .expectOne({ method: 'POST', url: '/api/triage/8/merge' })
      .flush({ statusCode: 400, message: 'parentId: there is no event 999' }, { status: 400, statusText: 'Bad Request' });
    await stable();
    expect(titles(el)).toHaveLength(3);
    expect(el.querySelector('li[data-draft="8"] [role=alert]')?.textContent).toContain('there is no event 999');
    expect(el.querySelector('kem-triage-editor')).not.toBeNull();
  });

  it('refreshes the queue after a decision, so a draft just published is a family the next one can merge into', async () => {
    const { el, http, press, stable } = await open([agents, storm]);
    await press('a');
    http.expectOne({ method: 'POST', url: '/api/triage/10/accept' }).flush(result(agents, 'accepted'));
    await stable();
    const published = {
      id: 10,
      indicatorKey: 'cpc_pipeline',
      date: '2026-05-06',
      title: 'Published just now',
      severity: 2,
      suggested: false,
    };
    // A refresh that started before the decision was stored still lists the decided draft: it stays off the page.
    queueRequest(http).flush(aPage([agents, { ...storm, familyCandidates: [published, ...storm.familyCandidates] }]));
    await stable();
    expect(titles(el)).toEqual(['Drone strike halts CPC loadings']);
    await press('m');
    expect((el.querySelector('[data-testid=merge-parent]') as HTMLSelectElement).options[0].textContent).toContain('Published just now');
  });

  it('fetches the next drafts when the shown ones are all decided but more wait', async () => {
    const { el, http, press, stable } = await open([agents], 51);
    await press('r');
    await press('1');
    http.expectOne({ method: 'POST', url: '/api/triage/10/reject' }).flush(result(agents, 'rejected'));
    await stable();
    queueRequest(http).flush(aPage([storm], { total: 50 }));
    await stable();
    expect(titles(el)).toEqual(['Drone strike halts CPC loadings']);
  });
});

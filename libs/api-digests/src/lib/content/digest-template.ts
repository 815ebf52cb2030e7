import { AlertEmailModel, DigestEmailModel, IndexSummary, RenderedEmail } from './email-model';
import { esc, fmtChange, fmtValue, plain } from './html';
import {
  actionsSection,
  bandLabel,
  brandRow,
  buttonRow,
  chartImage,
  footerRow,
  freshnessSection,
  headline,
  moversSection,
  newEventsSection,
  row,
  shell,
  textActions,
  textFooter,
  textFreshness,
  textMovers,
  textNewEvents,
  textSummary,
  windowText,
} from './layout';

/**
 * The e-mail templates, as TypeScript functions compiled with the API (nothing is read from disk at
 * run time). Each returns the subject, the HTML part and the plain-text part; all user-provided and
 * evidence-derived text is escaped (HTML) or flattened to one line (text, subject).
 */

/** Lines followed by an empty line, or nothing. */
const withGap = (lines: string[]) => (lines.length === 0 ? [] : [...lines, '']);

/** The e-mail with the index chart attached inline under `cid` (the HTML part shows it by that id), when there is one. */
function withChart(parts: Omit<RenderedEmail, 'images'>, chart: Buffer | null, cid: string | null): RenderedEmail {
  return { ...parts, images: chart && cid ? [{ cid, filename: 'exposure-index.png', content: chart }] : [] };
}

/** The index's sections of the text part (summary, freshness, movers), each followed by an empty line. */
const textIndexSections = (s: IndexSummary, failedSyncs?: number | null) => [
  ...textSummary(s),
  '',
  ...withGap(textFreshness(s, failedSyncs)),
  ...textMovers(s),
  '',
];

const CADENCE_WORD = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' } as const;
const greeting = (name: string | null) => (name && plain(name) ? `Hello ${plain(name)},` : 'Hello,');

/** "Kazakhstan exposure … – Default" for the country index; "Company exposure … – Acme footprint" for a company's. */
function subjectLine(prefix: string, s: IndexSummary): string {
  const [title, scope] = s.company ? ['Company exposure', `${s.company.footprintName} footprint`] : ['Kazakhstan exposure', s.profileName];
  if (s.value === null) return plain(`${prefix}${title}: no value (no indicator monitored) – ${scope}`);
  return plain(`${prefix}${title} ${fmtValue(s.value)} (${s.bandLabel}), ${fmtChange(s.change)} ${windowText(s.windowDays)} – ${scope}`);
}

/** What the digest is of, for its header and footer: "the Default profile" or "the company index of the Acme footprint". */
const digestOf = (s: IndexSummary) =>
  s.company ? `the company index of the ${s.company.footprintName} footprint` : `the ${s.profileName} profile`;

export function renderDigestEmail(model: DigestEmailModel, chart: Buffer | null): RenderedEmail {
  const s = model.summary;
  const kicker = `${model.test ? 'Test – ' : ''}${CADENCE_WORD[model.cadence]} digest, ${model.periodLabel}`;
  const subject = subjectLine(model.test ? '[Test] ' : '', s);
  const reason = model.test
    ? 'This is a test digest an administrator asked for; subscribers see their unsubscribe link here.'
    : `You receive this ${model.cadence} digest of ${digestOf(s)} because you subscribed to it.`;
  const html = shell(
    subject,
    `${fmtValue(s.value)} (${s.bandLabel}), ${fmtChange(s.change)} points ${windowText(s.windowDays)}`,
    [
      brandRow(kicker, s.company ? `Company index: ${s.company.footprintName} footprint` : `${s.profileName} profile`),
      row(`<p style="margin:0;">${esc(greeting(model.recipientName))}</p>`, 'padding-bottom:0;'),
      headline(s),
      chartImage(chart ? model.chartCid : null),
      freshnessSection(s, model.failedSyncs),
      moversSection(s),
      newEventsSection(model.newEvents, model.newEventsTotal, model.since),
      actionsSection(s),
      buttonRow(model.links),
      footerRow(reason, model.links),
    ].join('\n'),
  );
  const text = [
    `KAZAKHSTAN EXPOSURE MONITOR – ${kicker.toUpperCase()}`,
    '',
    greeting(model.recipientName),
    '',
    ...textIndexSections(s, model.failedSyncs),
    ...textNewEvents(model.newEvents, model.newEventsTotal, model.since),
    '',
    ...textActions(s),
    '',
    ...textFooter(reason, model.links),
  ].join('\n');
  return withChart({ subject, html, text }, chart, model.chartCid);
}

function alertHeadline(model: AlertEmailModel): string {
  const a = model.alert;
  const change = a.value - a.previousValue;
  if (a.rule === 'band')
    return `The index moved from ${bandLabel(a.fromBand)} to ${bandLabel(a.toBand)}: ${fmtValue(a.value)}, ${fmtChange(change)} since yesterday.`;
  const span = a.rule === 'rise-day' ? 'since yesterday' : 'over 7 days';
  return `The index rose ${fmtChange(change)} points ${span} to ${fmtValue(a.value)} (${bandLabel(a.toBand)}), past your threshold of ${fmtValue(a.threshold ?? 0)} points.`;
}

export function renderAlertEmail(model: AlertEmailModel, chart: Buffer | null): RenderedEmail {
  const s = model.summary;
  const a = model.alert;
  const subject =
    a.rule === 'band'
      ? plain(
          `Alert: Kazakhstan exposure moved to ${bandLabel(a.toBand)} (${fmtValue(a.value)}, ${fmtChange(a.value - a.previousValue)} since yesterday) – ${s.profileName}`,
        )
      : plain(
          `Alert: Kazakhstan exposure rose ${fmtChange(a.value - a.previousValue)} ${a.rule === 'rise-day' ? 'since yesterday' : 'over 7 days'} to ${fmtValue(a.value)} (${bandLabel(a.toBand)}) – ${s.profileName}`,
        );
  const what = alertHeadline(model);
  const reason = `You receive this alert because your subscription to the ${s.profileName} profile asks for it.`;
  const html = shell(
    subject,
    what,
    [
      brandRow(`Alert, ${a.date}`, `${s.profileName} profile`),
      row(
        `<p style="margin:0 0 8px;">${esc(greeting(model.recipientName))}</p><p style="margin:0;font-size:16px;line-height:22px;"><strong>${esc(what)}</strong></p>`,
      ),
      headline(s),
      chartImage(chart ? model.chartCid : null),
      freshnessSection(s),
      moversSection(s),
      actionsSection(s),
      buttonRow(model.links),
      footerRow(reason, model.links),
    ].join('\n'),
  );
  const text = [
    `KAZAKHSTAN EXPOSURE MONITOR – ALERT, ${a.date}`,
    '',
    greeting(model.recipientName),
    '',
    what,
    '',
    ...textIndexSections(s),
    ...textActions(s),
    '',
    ...textFooter(reason, model.links),
  ].join('\n');
  return withChart({ subject, html, text }, chart, model.chartCid);
}

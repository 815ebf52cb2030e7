import { bandColours, DEFAULT_BAND_SCALE } from '@kem/scoring';
import { EmailLinks, EvidenceItem, IndexSummary, MoverItem } from './email-model';
import { esc, fmtChange, fmtValue, link, plain } from './html';
import { CHART_HEIGHT, CHART_WIDTH } from './index-chart';

/**
 * Building blocks shared by the e-mail templates. Mail clients ignore <style> blocks and external
 * CSS unevenly, so everything is laid out with tables and inline styles, 600 px wide at most.
 */

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

export const bandLabel = (key: string) => DEFAULT_BAND_SCALE.find((b) => b.key === key)?.label ?? key;

export const windowText = (days: number) => (days === 1 ? 'since yesterday' : days === 7 ? 'over 7 days' : `over ${days} days`);

export function shell(title: string, preheader: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${esc(title)}</title></head>
<body style="margin:0;padding:0;background:#f3f5f7;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${esc(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f5f7;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #dde3ea;${FONT}color:#1b2733;font-size:14px;line-height:20px;">
${body}
</table>
</td></tr></table>
</body></html>`;
}

export function row(content: string, style = ''): string {
  return `<tr><td style="padding:16px 20px;${style}">${content}</td></tr>`;
}

export function heading(text: string): string {
  return `<h2 style="margin:0 0 8px;font-size:16px;line-height:22px;color:#1b2733;${FONT}">${esc(text)}</h2>`;
}

export function brandRow(kicker: string, subtitle: string): string {
  return row(
    `<div style="font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#5b6b7b;">${esc(kicker)}</div>` +
      `<div style="font-size:18px;font-weight:bold;margin-top:4px;">Kazakhstan Exposure Monitor</div>` +
      `<div style="color:#5b6b7b;margin-top:2px;">${esc(subtitle)}</div>`,
    'border-bottom:1px solid #dde3ea;',
  );
}

export function bandChip(band: string, label: string): string {
  const c = bandColours(band);
  return `<span style="display:inline-block;padding:2px 10px;border-radius:10px;background:${c.color};color:${c.text};font-size:13px;font-weight:bold;">${esc(label)}</span>`;
}

/** Which index the e-mail reports: "Exposure index, Default profile" or "Company index, Acme footprint". */
export const indexTitle = (s: IndexSummary) =>
  s.company ? `Company index, ${s.company.footprintName} footprint` : `Exposure index, ${s.profileName} profile`;

/** For a company index: that it is one, what it is made of, and the country index beside it. */
function companyNote(s: IndexSummary): string | null {
  if (!s.company) return null;
  return (
    `This digest follows the company index of your footprint “${s.company.footprintName}”: the country's indicators weighted by ` +
    `its exposure, with the due-diligence actions ranked for it. The country index (${s.profileName} profile) stands at ` +
    `${fmtValue(s.company.countryValue)} the same day.`
  );
}

export function headline(s: IndexSummary): string {
  const note = companyNote(s);
  return row(
    `<div style="font-size:13px;color:#5b6b7b;">${esc(indexTitle(s))}, ${esc(s.date)}</div>` +
      `<div style="margin-top:6px;"><span style="font-size:36px;line-height:40px;font-weight:bold;">${fmtValue(s.value)}</span>&nbsp; ${bandChip(s.band, s.bandLabel)}</div>` +
      `<div style="margin-top:6px;">${esc(fmtChange(s.change))} points ${esc(windowText(s.windowDays))} &middot; ` +
      s.changes.map((c) => `${c.days} d: ${esc(fmtChange(c.points))}`).join(' &middot; ') +
      `</div>` +
      (note ? `<p style="margin:10px 0 0;color:#5b6b7b;" data-scope="company">${esc(note)}</p>` : ''),
  );
}

const STATE_WORD = { stale: 'stale (held at its last reviewed level)', unmonitored: 'unmonitored (left out of the index)' } as const;
const sinceText = (days: number | null) => (days === null ? 'no evidence yet' : `no new evidence for ${days} day${days === 1 ? '' : 's'}`);

/** Evidence freshness: "no new evidence for N days", coverage, indicators that are not fresh; failed syncs for admins. */
export function freshnessSection(s: IndexSummary, failedSyncs?: number | null): string {
  const f = s.freshness;
  const parts: string[] = [];
  if (s.noValueReason) parts.push(`<p style="margin:0 0 8px;"><strong>No index value:</strong> ${esc(s.noValueReason)}</p>`);
  if (f) {
    parts.push(`<p style="margin:0 0 8px;">${esc(f.summary)} ${esc(f.coverage)}.</p>`);
    if (f.notFresh.length > 0) {
      parts.push(
        `<ul style="margin:0;padding-left:18px;">${f.notFresh
          .map(
            (i) => `<li style="margin:0 0 4px;">${esc(i.name)}: ${esc(STATE_WORD[i.state])}, ${esc(sinceText(i.daysSinceEvidence))}</li>`,
          )
          .join('')}</ul>`,
      );
    }
  }
  if (failedSyncs !== undefined && failedSyncs !== null) {
    parts.push(
      `<p style="margin:8px 0 0;">Connector syncs failed in the last 7 days: <strong>${esc(failedSyncs)}</strong> (see Evidence health).</p>`,
    );
  }
  return parts.length === 0 ? '' : row(heading('Evidence freshness') + parts.join(''));
}

export function textFreshness(s: IndexSummary, failedSyncs?: number | null): string[] {
  const f = s.freshness;
  const lines = ['EVIDENCE FRESHNESS'];
  if (s.noValueReason) lines.push(`No index value: ${plain(s.noValueReason)}`);
  if (f) {
    lines.push(`${plain(f.summary)} ${plain(f.coverage)}.`);
    for (const i of f.notFresh) lines.push(`* ${plain(i.name)}: ${STATE_WORD[i.state]}, ${sinceText(i.daysSinceEvidence)}`);
  }
  if (failedSyncs !== undefined && failedSyncs !== null)
    lines.push(`Connector syncs failed in the last 7 days: ${failedSyncs} (see Evidence health).`);
  return lines.length === 1 ? [] : lines;
}

export function chartImage(cid: string | null): string {
  if (!cid) return '';
  return row(
    `<img src="cid:${esc(cid)}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" alt="Chart of this index over the last 12 months, with the risk bands shaded" style="display:block;width:100%;max-width:${CHART_WIDTH}px;height:auto;border:0;">`,
    'padding-top:0;',
  );
}

function evidenceLine(e: EvidenceItem, withIndicator: boolean): string {
  const source = link(e.sourceName || 'source', e.sourceUrl, 'color:#1f4e79;');
  const indicator = withIndicator ? `${esc(e.indicatorName)} &middot; ` : '';
  return `<li style="margin:0 0 6px;">${esc(e.title)}<br><span style="color:#5b6b7b;font-size:12px;">${esc(e.date)} &middot; ${indicator}severity ${esc(e.severity)} &middot; ${source}</span></li>`;
}

export function moversSection(s: IndexSummary): string {
  if (s.movers.length === 0)
    return row(
      heading('What moved the index') +
        `<p style="margin:0;">No indicator moved the index by more than 0.05 points ${esc(windowText(s.windowDays))}.</p>`,
    );
  const items = s.movers.map((m: MoverItem) => {
    const evidence = m.evidence.length
      ? `<ul style="margin:6px 0 0;padding-left:18px;">${m.evidence.map((e) => evidenceLine(e, false)).join('')}</ul>`
      : `<div style="color:#5b6b7b;font-size:12px;margin-top:4px;">No dated events in this window: earlier evidence fading or updated statistics.</div>`;
    return `<div style="margin:0 0 12px;"><strong>${esc(m.name)}</strong> <span style="color:#5b6b7b;">${esc(fmtChange(m.points))} points</span>${evidence}</div>`;
  });
  return row(heading(`What moved the index ${windowText(s.windowDays)}`) + items.join(''));
}

export function newEventsSection(events: EvidenceItem[], total: number, since: string): string {
  const title = `New evidence since ${since}`;
  if (events.length === 0) return row(heading(title) + `<p style="margin:0;">No new events were recorded.</p>`);
  const more =
    total > events.length ? `<p style="margin:6px 0 0;color:#5b6b7b;">… and ${total - events.length} more on the dashboard.</p>` : '';
  return row(heading(title) + `<ul style="margin:0;padding-left:18px;">${events.map((e) => evidenceLine(e, true)).join('')}</ul>${more}`);
}

export function actionsSection(s: IndexSummary): string {
  const band = s.bandActions.map((a) => `<li style="margin:0 0 4px;">${esc(a)}</li>`).join('');
  const indicators = s.indicatorActions
    .map(
      (i) =>
        `<li style="margin:0 0 4px;"><strong>${esc(i.name)}</strong> (score ${esc(fmtValue(i.score))}): ${i.actions.map(esc).join('; ')}` +
        (i.why ? `<br><span style="color:#5b6b7b;font-size:12px;">${esc(i.why)}</span>` : '') +
        `</li>`,
    )
    .join('');
  if (!band && !indicators) return '';
  return row(heading(`Due-diligence actions (${s.bandLabel})`) + `<ul style="margin:0;padding-left:18px;">${band}${indicators}</ul>`);
}

export function buttonRow(links: EmailLinks): string {
  return row(
    `<a href="${esc(links.dashboard)}" style="display:inline-block;background:#1f4e79;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:4px;font-weight:bold;">Open the dashboard</a>`,
  );
}

export function footerRow(reason: string, links: EmailLinks): string {
  const unsubscribe = links.unsubscribe ? ` <a href="${esc(links.unsubscribe)}" style="color:#5b6b7b;">Unsubscribe</a>.` : '';
  return row(
    `<p style="margin:0;color:#5b6b7b;font-size:12px;line-height:18px;">${esc(reason)}${unsubscribe}</p>`,
    'border-top:1px solid #dde3ea;',
  );
}

// ----- plain-text part -----

export function textSummary(s: IndexSummary): string[] {
  const note = companyNote(s);
  return [
    `${plain(indexTitle(s))}, ${s.date}: ${fmtValue(s.value)} (${plain(s.bandLabel)})`,
    `${fmtChange(s.change)} points ${windowText(s.windowDays)}; ${s.changes.map((c) => `${c.days} d: ${fmtChange(c.points)}`).join(', ')}`,
    ...(note ? ['', plain(note)] : []),
  ];
}

const textEvidence = (e: EvidenceItem, withIndicator: boolean) =>
  `  - ${plain(e.title)}\n    ${e.date}${withIndicator ? `, ${plain(e.indicatorName)}` : ''}, severity ${e.severity}, ${plain(e.sourceName)}: ${plain(e.sourceUrl)}`;

export function textMovers(s: IndexSummary): string[] {
  const lines = [`WHAT MOVED THE INDEX ${windowText(s.windowDays).toUpperCase()}`];
  if (s.movers.length === 0) lines.push('No indicator moved the index by more than 0.05 points.');
  for (const m of s.movers) {
    lines.push(`* ${plain(m.name)}: ${fmtChange(m.points)} points`);
    if (m.evidence.length === 0) lines.push('  (no dated events in this window: earlier evidence fading or updated statistics)');
    lines.push(...m.evidence.map((e) => textEvidence(e, false)));
  }
  return lines;
}

export function textNewEvents(events: EvidenceItem[], total: number, since: string): string[] {
  const lines = [`NEW EVIDENCE SINCE ${since}`];
  if (events.length === 0) lines.push('No new events were recorded.');
  lines.push(...events.map((e) => textEvidence(e, true)));
  if (total > events.length) lines.push(`  … and ${total - events.length} more on the dashboard.`);
  return lines;
}

export function textActions(s: IndexSummary): string[] {
  if (s.bandActions.length === 0 && s.indicatorActions.length === 0) return [];
  return [
    `DUE-DILIGENCE ACTIONS (${plain(s.bandLabel)})`,
    ...s.bandActions.map((a) => `* ${plain(a)}`),
    ...s.indicatorActions.map(
      (i) => `* ${plain(i.name)} (score ${fmtValue(i.score)}): ${i.actions.map(plain).join('; ')}${i.why ? `\n  (${plain(i.why)})` : ''}`,
    ),
  ];
}

export function textFooter(reason: string, links: EmailLinks): string[] {
  return [`Dashboard: ${links.dashboard}`, '', '--', reason, ...(links.unsubscribe ? [`Unsubscribe: ${links.unsubscribe}`] : [])];
}

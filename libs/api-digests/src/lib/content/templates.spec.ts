import { simpleParser } from 'mailparser';
import { composeMessage, deliveryMessageId } from '../mail/compose-message';
import { renderAlertEmail, renderDigestEmail } from './digest-template';
import { AlertEmailModel, DigestEmailModel, IndexSummary } from './email-model';
import { renderIndexChart } from './index-chart';

const hostile = '<script>alert("x")</script>';
const summary: IndexSummary = {
  profileName: `Energy & "Logistics" ${hostile}`,
  date: '2026-11-24',
  value: 61.26,
  band: 'high',
  bandLabel: 'High',
  windowDays: 7,
  change: 4.04,
  changes: [
    { days: 1, points: 0.5 },
    { days: 7, points: 4.04 },
    { days: 30, points: null },
  ],
  movers: [
    {
      indicatorKey: 'cpc_pipeline',
      name: 'CPC pipeline disruptions',
      points: 3.2,
      evidence: [
        {
          title: `CPC halts loadings ${hostile}`,
          date: '2026-11-20',
          indicatorName: 'CPC',
          sourceName: 'Reuters <wire>',
          sourceUrl: 'https://www.reuters.com/cpc?a=1&b="2"',
          severity: 4,
        },
        {
          title: 'Drone strike near Novorossiysk',
          date: '2026-11-19',
          indicatorName: 'CPC',
          sourceName: 'Evil',
          sourceUrl: 'javascript:alert(1)',
          severity: 5,
        },
      ],
    },
    { indicatorKey: 'civil_liberties', name: 'Civil-liberties crackdown', points: -0.4, evidence: [] },
  ],
  bandActions: ['Review contingency plans for staff & assets'],
  indicatorActions: [{ name: 'CPC pipeline disruptions', score: 72.5, actions: ['Line up alternative export routes'] }],
  noValueReason: null,
  freshness: {
    summary:
      'No new evidence for 41 days (last on 2026-10-14); 2 of 8 indicators stale (held at their last reviewed level); 1 unmonitored (left out of the index).',
    noNewEvidenceDays: 41,
    lastNewEvidence: '2026-10-14',
    coverage: '7 of 8 indicators in the index',
    notFresh: [
      { name: `CPC pipeline disruptions ${hostile}`, state: 'stale', daysSinceEvidence: 130 },
      { name: 'Internal unrest', state: 'unmonitored', daysSinceEvidence: 600 },
    ],
  },
};

const digest: DigestEmailModel = {
  recipientName: 'Eve\r\nBcc: victim@example.com',
  cadence: 'weekly',
  periodLabel: 'week 48 of 2026',
  summary,
  newEvents: [
    {
      title: 'Foreign-agent bill passes first reading',
      date: '2026-11-22',
      indicatorName: 'Foreign-agent legislation',
      sourceName: 'Mazhilis',
      sourceUrl: 'https://parlam.kz/x',
      severity: 3,
    },
  ],
  newEventsTotal: 11,
  since: '2026-11-17',
  chartCid: 'exposure-index-chart@kem',
  links: { dashboard: 'https://risk.example.com/', unsubscribe: 'https://risk.example.com/api/unsubscribe?token=7.abc' },
  test: false,
};

const chart = renderIndexChart(
  Array.from({ length: 60 }, (_, i) => ({
    date: `2026-${i < 30 ? '09' : '10'}-${String((i % 30) + 1).padStart(2, '0')}`,
    value: 50 + i / 5,
  })),
);

describe('digest e-mail', () => {
  const email = renderDigestEmail(digest, chart);

  it('states index, band and change in the subject, flattened to one line', () => {
    expect(email.subject).toBe(`Kazakhstan exposure 61.3 (High), +4.0 over 7 days – Energy & "Logistics" ${hostile}`);
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('says everything in the HTML part, escaped, with only http(s) links', () => {
    const html = email.html;
    expect(html).toContain('week 48 of 2026');
    expect(html).toContain('61.3');
    expect(html).toContain('>High</span>');
    expect(html).toContain('<img src="cid:exposure-index-chart@kem"');
    expect(html).toContain('CPC pipeline disruptions');
    expect(html).toContain('CPC halts loadings &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<a href="https://www.reuters.com/cpc?a=1&amp;b=%222%22" style="color:#1f4e79;">Reuters &lt;wire&gt;</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('No dated events in this window');
    expect(html).toContain('New evidence since 2026-11-17');
    expect(html).toContain('… and 10 more on the dashboard.');
    expect(html).toContain('Review contingency plans for staff &amp; assets');
    expect(html).toContain('Line up alternative export routes');
    expect(html).toContain('href="https://risk.example.com/"');
    expect(html).toContain('href="https://risk.example.com/api/unsubscribe?token=7.abc"');
    expect(html).toContain('Hello Eve Bcc: victim@example.com,');
    expect(html).not.toContain('<script>');
  });

  it('says the same in the plain-text part', () => {
    const text = email.text;
    expect(text).toContain('WEEKLY DIGEST, WEEK 48 OF 2026');
    expect(text).toContain('Exposure index, Energy & "Logistics" <script>alert("x")</script> profile, 2026-11-24: 61.3 (High)');
    expect(text).toContain('+4.0 points over 7 days; 1 d: +0.5, 7 d: +4.0, 30 d: n/a');
    expect(text).toContain('* CPC pipeline disruptions: +3.2 points');
    expect(text).toContain('2026-11-20, severity 4, Reuters <wire>: https://www.reuters.com/cpc?a=1&b="2"');
    expect(text).toContain('NEW EVIDENCE SINCE 2026-11-17');
    expect(text).toContain('* Review contingency plans for staff & assets');
    expect(text).toContain('Dashboard: https://risk.example.com/');
    expect(text).toContain('Unsubscribe: https://risk.example.com/api/unsubscribe?token=7.abc');
    expect(text).not.toMatch(/Hello Eve\r?\nBcc/);
  });

  it('says how fresh the evidence is: "no new evidence for N days", coverage, stale and unmonitored indicators', () => {
    expect(email.html).toContain('Evidence freshness');
    expect(email.html).toContain('No new evidence for 41 days (last on 2026-10-14)');
    expect(email.html).toContain('7 of 8 indicators in the index');
    expect(email.html).toContain(
      `CPC pipeline disruptions &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: stale (held at its last reviewed level), no new evidence for 130 days`,
    );
    expect(email.html).toContain('Internal unrest: unmonitored (left out of the index), no new evidence for 600 days');
    expect(email.text).toContain('EVIDENCE FRESHNESS');
    expect(email.text).toContain('No new evidence for 41 days (last on 2026-10-14); 2 of 8 indicators stale');
    expect(email.text).toContain('* Internal unrest: unmonitored (left out of the index), no new evidence for 600 days');
    // failed connector syncs are for admins only
    expect(email.text).not.toContain('Connector syncs failed');
    const admin = renderDigestEmail({ ...digest, failedSyncs: 3 }, null);
    expect(admin.html).toContain('Connector syncs failed in the last 7 days: <strong>3</strong>');
    expect(admin.text).toContain('Connector syncs failed in the last 7 days: 3 (see Evidence health).');
  });

  it('says there is no value, and why, instead of a number when nothing is monitored', () => {
    const none = renderDigestEmail(
      {
        ...digest,
        summary: {
          ...summary,
          value: null,
          band: '',
          bandLabel: 'no value',
          change: null,
          noValueReason: 'Every indicator is unmonitored.',
        },
      },
      null,
    );
    expect(none.subject).toBe('Kazakhstan exposure: no value (no indicator monitored) – Energy & "Logistics" <script>alert("x")</script>');
    expect(none.html).toContain('No index value:</strong> Every indicator is unmonitored.');
    expect(none.text).toContain('No index value: Every indicator is unmonitored.');
    expect(none.text).not.toContain('NaN');
  });

  it('says when it reports the company index of a footprint, beside the country value, with actions ranked for it', () => {
    const company = renderDigestEmail(
      {
        ...digest,
        summary: {
          ...summary,
          company: { footprintName: 'Acme <Energy>', countryValue: 41.24 },
          indicatorActions: [
            {
              name: 'CPC pipeline disruptions',
              score: 72.5,
              actions: ['Line up alternative export routes'],
              why: 'CPC pipeline disruptions scores 72.5 (High); high exposure (×2.10: crude through CPC), so its actions start one band earlier.',
            },
          ],
        },
      },
      null,
    );
    expect(company.subject).toBe('Company exposure 61.3 (High), +4.0 over 7 days – Acme <Energy> footprint');
    expect(company.html).toContain('Company index, Acme &lt;Energy&gt; footprint, 2026-11-24');
    expect(company.html).toContain('This digest follows the company index of your footprint “Acme &lt;Energy&gt;”');
    expect(company.html).toContain('stands at 41.2 the same day');
    expect(company.html).toContain('so its actions start one band earlier');
    expect(company.text).toContain('Company index, Acme <Energy> footprint, 2026-11-24: 61.3 (High)');
    expect(company.text).toContain('(CPC pipeline disruptions scores 72.5 (High); high exposure');
    expect(company.text).toContain('digest of the company index of the Acme <Energy> footprint because you subscribed');
    // the country digest says nothing of the kind
    expect(email.html).not.toContain('company index');
  });

  it('marks a test digest and leaves the unsubscribe link out when there is none', () => {
    const test = renderDigestEmail({ ...digest, test: true, links: { ...digest.links, unsubscribe: null } }, null);
    expect(test.subject).toMatch(/^\[Test\] Kazakhstan exposure/);
    expect(test.html).toContain('Test – Weekly digest');
    expect(test.html).not.toContain('Unsubscribe</a>');
    expect(test.text).not.toContain('Unsubscribe:');
    expect(test.images).toEqual([]);
  });
});

describe('alert e-mail', () => {
  const model: AlertEmailModel = {
    recipientName: null,
    alert: { rule: 'band', date: '2026-11-24', value: 61.26, previousValue: 58.9, fromBand: 'elevated', toBand: 'high', threshold: null },
    summary: { ...summary, windowDays: 1, change: 2.36 },
    chartCid: 'exposure-index-chart@kem',
    links: digest.links,
  };

  it('names the band change in subject, HTML and text', () => {
    const email = renderAlertEmail(model, chart);
    expect(email.subject).toMatch(/^Alert: Kazakhstan exposure moved to High \(61\.3, \+2\.4 since yesterday\) – Energy/);
    expect(email.html).toContain('The index moved from Elevated to High: 61.3, +2.4 since yesterday.');
    expect(email.text).toContain('The index moved from Elevated to High: 61.3, +2.4 since yesterday.');
    expect(email.text).toContain('Hello,');
  });

  it('names a rise past the threshold', () => {
    const email = renderAlertEmail(
      { ...model, alert: { ...model.alert, rule: 'rise-week', previousValue: 52, fromBand: 'elevated', threshold: 5 } },
      null,
    );
    expect(email.subject).toMatch(/^Alert: Kazakhstan exposure rose \+9\.3 over 7 days to 61\.3 \(High\)/);
    expect(email.text).toContain('past your threshold of 5.0 points');
    expect(email.html).not.toContain('<img');
  });
});

describe('the composed MIME message', () => {
  it('carries both parts, the PNG inline, the unsubscribe headers, and no injected header', async () => {
    const rendered = renderDigestEmail(digest, chart);
    const messageId = deliveryMessageId(7, 'digest:2026-W48', 'Monitor <risk@example.com>');
    const mail = await composeMessage(rendered, {
      from: 'Kazakhstan Exposure Monitor <risk@example.com>',
      to: { address: 'eve@example.com', name: 'Eve\r\nBcc: victim@example.com' },
      messageId,
      unsubscribeUrl: digest.links.unsubscribe,
    });
    expect(mail.envelope).toEqual({ from: 'risk@example.com', to: ['eve@example.com'] });
    expect(mail.raw.toString('latin1')).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(mail.html()).toContain('src="data:image/png;base64,');

    const parsed = await simpleParser(mail.raw);
    expect(parsed.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<kem\.delivery\.7\.[0-9a-f]{12}@example\.com>$/);
    expect(parsed.subject).toBe(rendered.subject);
    expect(parsed.to).toMatchObject({ value: [{ address: 'eve@example.com', name: 'Eve\r\nBcc: victim@example.com' }] });
    expect(parsed.headers.has('bcc')).toBe(false);
    const header = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ');
    expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: <${digest.links.unsubscribe}>`);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.headerLines.map((h) => h.key)).not.toContain('bcc');
    // mailparser swaps cid: references for data: URLs, as the outbox copy does.
    expect(parsed.html === mail.html()).toBe(true);
    expect(mail.html()).toBe(rendered.html.replace('cid:exposure-index-chart@kem', `data:image/png;base64,${chart.toString('base64')}`));
    expect(parsed.text?.trim()).toBe(rendered.text.trim());
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({
      contentType: 'image/png',
      cid: 'exposure-index-chart@kem',
      contentDisposition: 'inline',
    });
    expect(parsed.attachments[0].content.equals(chart)).toBe(true);
    expect(chart.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

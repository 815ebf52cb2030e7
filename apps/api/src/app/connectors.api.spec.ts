import { ConnectorSyncService } from '@kem/api-evidence';
import { testEngines } from '@kem/api-data/testing';
import { API_ROUTES, ConnectorStatusView, EventView } from '@kem/contracts';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { fixtureConnectors } from '../testing/fixture-connectors';
import { tokenFor } from '../testing/test-app';
import { bearer, useTestApp } from '../testing/use-test-app';

/** The API's clock is pinned here, so the fixtures below fall inside the sync window on any real date. */
const today = '2026-06-15';
const rfc822 = (day: string) => new Date(`${day}T09:30:00Z`).toUTCString();

/** A Kazakhstan news feed as Eurasianet serves it, dated today so it falls in the sync window. */
const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Eurasianet Kazakhstan</title><link>https://eurasianet.org</link><description>News</description>
<item><title>CPC suspends loadings at Novorossiysk after storm damage</title><link>https://eurasianet.org/cpc-suspends-loadings?utm_source=rss</link>
<pubDate>${rfc822(today)}</pubDate><description>&lt;p&gt;The Caspian Pipeline Consortium halted tanker loadings.&lt;/p&gt;</description></item>
<item><title>Astana hosts a film festival</title><link>https://eurasianet.org/film-festival</link><pubDate>${rfc822(today)}</pubDate><description>Culture news.</description></item>
</channel></rss>`;

const gdelt = JSON.stringify({
  query_details: { title: 'cpc', date_resolution: 'day' },
  timeline: [{ series: 'Volume Intensity', data: [{ date: `${today.replace(/-/g, '')}T000000Z`, value: 0.42 }] }],
});

describe.each(testEngines())('connector syncs on %s', (engine) => {
  let server: Server;
  let base: string;
  let admin: string;
  let gdeltAnswer: { status: number; type: string; body: string };

  beforeEach(async () => {
    gdeltAnswer = { status: 200, type: 'application/json', body: gdelt };
    server = createServer((req, res) => {
      if (req.url?.startsWith('/feed')) {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      } else if (req.url?.startsWith('/gdelt')) {
        res.writeHead(gdeltAnswer.status, { 'content-type': gdeltAnswer.type }).end(gdeltAnswer.body);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((done) => server.close(done)));

  const api = useTestApp(engine, {
    env: { KEM_NOW: `${today}T12:00:00Z` },
    atStart: () => ({
      overrides: [
        fixtureConnectors({
          rss: { feeds: [{ name: 'Eurasianet – Kazakhstan', url: `${base}/feed`, relevanceKeywords: null }], minIntervalMs: 0 },
          gdelt: {
            baseUrl: `${base}/gdelt`,
            minIntervalMs: 0,
            queries: [{ query: '"CPC pipeline"', indicatorKey: 'cpc_pipeline', series: 'gdelt_news_volume' }],
          },
        }),
      ],
    }),
  });
  const { http } = api;
  beforeEach(async () => {
    admin = await tokenFor(api.app, 'admin');
  });

  const sync = async (key: string) => {
    const started = await http().post(API_ROUTES.connectorSync(key)).set(bearer(admin)).expect(202);
    expect(started.body).toMatchObject({ connectorKey: key, status: 'running', trigger: 'manual' });
    await api.app.get(ConnectorSyncService).settled();
    return (await http().get(API_ROUTES.connector(key)).set(bearer(admin)).expect(200)).body as ConnectorStatusView;
  };

  it('turns keyword-matched news into draft events once, never published automatically', async () => {
    const first = await sync('rss');
    expect(first.lastRun).toMatchObject({ status: 'ok', draftsAdded: 1, error: null });

    const drafts = await http().get(`${API_ROUTES.events}?status=draft`).set(bearer(admin)).expect(200);
    expect(drafts.body.items).toHaveLength(1);
    const draft = drafts.body.items[0] as EventView;
    expect(draft).toMatchObject({
      indicatorKey: 'cpc_pipeline',
      date: today,
      status: 'draft',
      origin: 'connector',
      sourceUrl: 'https://eurasianet.org/cpc-suspends-loadings',
      summary: 'The Caspian Pipeline Consortium halted tanker loadings.',
    });
    const anonymous = await http().get(`${API_ROUTES.events}?pageSize=500`).expect(200);
    expect(anonymous.body.items.some((e: EventView) => e.id === draft.id)).toBe(false);

    // A second sync, and a rejected draft, do not bring the item back.
    await http().patch(API_ROUTES.event(draft.id)).set(bearer(admin)).send({ status: 'rejected' }).expect(200);
    const second = await sync('rss');
    expect(second.lastRun?.draftsAdded).toBe(0);
    expect(second.recentRuns).toHaveLength(2);
  });

  it('stores news-volume observations and updates them when the source revises them', async () => {
    const first = await sync('gdelt');
    expect(first.lastRun?.error).toBeNull();
    expect(first.lastRun).toMatchObject({ status: 'ok', observationsAdded: 1 });
    gdeltAnswer.body = gdelt.replace('0.42', '0.5');
    expect((await sync('gdelt')).lastRun).toMatchObject({ status: 'ok', observationsAdded: 0, observationsUpdated: 1 });
    const stored = await http().get(`${API_ROUTES.observations}?series=gdelt_news_volume`).expect(200);
    expect(stored.body.items).toEqual([
      expect.objectContaining({ indicatorKey: 'cpc_pipeline', date: today, value: 0.5, origin: 'connector' }),
    ]);
  });

  it('records a throttled or broken source as a failed run and stores nothing', async () => {
    gdeltAnswer = {
      status: 200,
      type: 'text/plain',
      body: 'Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.',
    };
    const throttled = await sync('gdelt');
    expect(throttled.lastRun?.status).toBe('failed');
    expect(throttled.lastRun?.error).toMatch(/limit|thrott/i);

    gdeltAnswer = { status: 200, type: 'application/json', body: '{"timeline": [' };
    const garbage = await sync('gdelt');
    expect(garbage.lastRun?.status).toBe('failed');
    expect((await http().get(`${API_ROUTES.observations}?series=gdelt_news_volume`).expect(200)).body.total).toBe(0);
  });

  it('is for admins only, and names unknown connectors', async () => {
    await http().get(API_ROUTES.connectors).expect(401);
    const analyst = await tokenFor(api.app, 'analyst');
    await http().post(API_ROUTES.connectorSync('rss')).set(bearer(analyst)).expect(403);
    const unknown = await http().post(API_ROUTES.connectorSync('twitter')).set(bearer(admin)).expect(404);
    expect(unknown.body.message).toMatch(/No connector "twitter"/);
    const list = await http().get(API_ROUTES.connectors).set(bearer(admin)).expect(200);
    expect(list.body.map((c: ConnectorStatusView) => c.key).sort()).toEqual(['comtrade', 'gdelt', 'rss', 'worldbank']);
  });
});

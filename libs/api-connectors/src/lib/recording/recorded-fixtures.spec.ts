import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, fixture } from '../../test-support/fixture-server';
import { RECORDED_MANIFEST_FILE, replayRecorded, type RecordedFixture } from './recorded-fixture';

const manifestPath = join(FIXTURES_DIR, RECORDED_MANIFEST_FILE);
const recorded: RecordedFixture[] = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as RecordedFixture[]) : [];

describe('recorded fixtures (tools/record-connector-fixtures.ts)', () => {
  // None can be recorded on the offline development machines; see src/fixtures/README.md.
  it('lists only files that exist', () => {
    for (const entry of recorded) expect(existsSync(join(FIXTURES_DIR, entry.file))).toBe(true);
  });

  for (const entry of recorded) {
    it(`still parses ${entry.file} as when recorded (${entry.outcome})`, () => {
      const body = readFileSync(join(FIXTURES_DIR, entry.file), 'utf8');
      expect(replayRecorded(entry, body)).toBe(entry.outcome);
    });
  }
});

describe('replayRecorded', () => {
  const window = { from: '2026-05-01', to: '2026-05-07' };
  const query = { query: 'q', indicatorKey: 'csto_military', series: 'gdelt_news_volume' };

  it.each<[string, RecordedFixture['parse'], string, string]>([
    ['gdelt/timelinevol-csto.json', { kind: 'gdelt', query, window }, 'application/json', 'ok: 7 record(s)'],
    ['gdelt/throttled.txt', { kind: 'gdelt', query, window }, 'text/plain', 'error: SourceThrottledError'],
    [
      'worldbank/ne-trd-gnfs-zs-2019-2024.json',
      { kind: 'worldbank', indicatorId: 'NE.TRD.GNFS.ZS', countryCode: 'KAZ' },
      'application/json',
      'ok: 6 record(s)',
    ],
    [
      'comtrade/kaz-total-2022-2023.json',
      { kind: 'comtrade', reporterCode: 398, partnerCodes: [643, 156, 0], years: [2022, 2023] },
      'application/json',
      'ok: 12 record(s)',
    ],
    ['rss/eurasianet-kazakhstan.xml', { kind: 'feed', feedName: 'Eurasianet' }, 'application/rss+xml', 'ok: 8 record(s)'],
    ['rss/rferl-empty.xml', { kind: 'feed', feedName: 'RFE/RL' }, 'application/rss+xml', 'error: SourceFormatError'],
  ])('replays %s through its parser', (file, parse, contentType, outcome) => {
    const entry = { file, url: 'https://source.test/x', status: 200, contentType, parse };
    expect(replayRecorded(entry, fixture(file))).toBe(outcome);
  });
});

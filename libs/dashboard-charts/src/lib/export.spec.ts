import { csvCell, downloadChartPng, downloadCsv, fileSlug, toCsv } from './export';

/** The bytes of a blob (jsdom's Blob has no arrayBuffer()). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('exports', () => {
  let created: Blob[];
  let clicked: { href: string; download: string }[];

  beforeEach(() => {
    created = [];
    clicked = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('quotes cells that need it, defuses formulas and writes numbers with fixed decimals', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('CSTO, Russia')).toBe('"CSTO, Russia"');
    expect(csvCell('the "foreign agent" bill')).toBe('"the ""foreign agent"" bill"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(12.699013)).toBe('12.70');
    expect(csvCell(-0.004)).toBe('-0.00');
    expect(csvCell(3, 1)).toBe('3.0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('joins rows with commas and CRLF line ends', () => {
    expect(
      toCsv([
        ['date', 'value'],
        ['2026-11-24', 12.7],
      ]),
    ).toBe('date,value\r\n2026-11-24,12.70\r\n');
  });

  it('downloads CSV as a UTF-8 file with a byte-order mark through an object URL', async () => {
    const blob = downloadCsv(
      [
        ['a', 'b'],
        [1, null],
      ],
      'index.csv',
    );
    expect(created).toEqual([blob]);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'index.csv' }]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await blobBytes(blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('a,b\r\n1.00,\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('downloads a chart as a PNG painted on white', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 150;
    const png = new Blob(['png'], { type: 'image/png' });
    jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (callback: BlobCallback) {
      callback(png);
    });
    const fill = jest.spyOn(CanvasRenderingContext2D.prototype, 'fillRect');
    const draw = jest.spyOn(CanvasRenderingContext2D.prototype, 'drawImage');
    expect(await downloadChartPng({ canvas }, 'chart.png')).toBe(png);
    expect(fill).toHaveBeenCalledWith(0, 0, 300, 150);
    expect(draw).toHaveBeenCalledWith(canvas, 0, 0);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'chart.png' }]);
    expect(await downloadChartPng(null, 'x.png')).toBeNull();
  });

  it('makes safe file names', () => {
    expect(fileSlug('Logistics & retail')).toBe('logistics-retail');
  });
});

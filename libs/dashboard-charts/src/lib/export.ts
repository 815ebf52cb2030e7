/** Downloads made in the browser: CSV of a series, PNG of a chart. */

export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Spreadsheet apps run cells that begin like a formula; text cells are defused with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers with fixed decimals, missing values empty, text quoted where RFC 4180 needs it. */
export function csvCell(value: CsvCell, decimals = 2): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value.toFixed(decimals) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (RFC 4180: comma separated, CRLF line ends). */
export function toCsv(rows: readonly (readonly CsvCell[])[], decimals = 2): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, decimals)).join(',')).join('\r\n') + '\r\n';
}

/** Saves a blob under a file name through a temporary object URL. */
export function triggerDownload(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the URL after this task; release it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Downloads rows as a UTF-8 CSV file (with a byte-order mark, so spreadsheet apps read the dashes and accents). */
export function downloadCsv(rows: readonly (readonly CsvCell[])[], filename: string, decimals = 2): Blob {
  const blob = new Blob(['\uFEFF', toCsv(rows, decimals)], { type: 'text/csv;charset=utf-8' });
  triggerDownload(blob, filename);
  return blob;
}

/** Downloads what a chart's canvas shows as a PNG, on white (the canvas itself is transparent). */
export function downloadChartPng(chart: { readonly canvas: HTMLCanvasElement } | null | undefined, filename: string): Promise<Blob | null> {
  const source = chart?.canvas;
  if (!source) return Promise.resolve(null);
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const context = copy.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(source, 0, 0);
  return new Promise((resolve) =>
    copy.toBlob((blob) => {
      if (blob) triggerDownload(blob, filename);
      resolve(blob);
    }, 'image/png'),
  );
}

/** A safe file-name part: lower case letters, digits and dashes. */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

import { ObservationImportReport } from '@kem/contracts';
import { ObservationImportPage } from './observation-import-page';
import { renderPage } from '@kem/dashboard-core/testing';

const report: ObservationImportReport = {
  dryRun: true,
  created: 1,
  updated: 0,
  rows: [
    {
      line: 2,
      action: 'create',
      observation: {
        indicatorKey: 'civil_liberties',
        series: 'fh_civil_liberties',
        date: '2025-12-31',
        period: '2025',
        value: 14,
        unit: 'score',
        sourceName: 'Freedom House',
        sourceUrl: 'https://freedomhouse.org/country/kazakhstan/freedom-world/2026',
        confidence: 'high',
        vintage: '2026-02-26',
      },
    },
  ],
};

describe('ObservationImportPage', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:http://localhost/example');
    URL.revokeObjectURL = jest.fn();
  });

  async function open() {
    const page = await renderPage(ObservationImportPage);
    const input = page.el.querySelector('[data-testid=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'vintages.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new Event('change'));
    await page.stable();
    return page;
  }

  it('checks the file first, previews period, value and vintage, then imports all rows', async () => {
    const { el, http, stable } = await open();
    const importButton = el.querySelector('[data-testid=import]') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    (el.querySelector('[data-testid=check]') as HTMLButtonElement).click();
    const dry = http.expectOne((r) => r.url === '/api/observations/import');
    expect(dry.request.params.get('dryRun')).toBe('true');
    dry.flush(report);
    await stable();
    expect(el.querySelector('[data-testid=counts]')?.textContent).toContain('1 observation: 1 new');
    const cells = Array.from(el.querySelectorAll('.preview tr[mat-row] td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['2', 'Create', 'civil_liberties', 'fh_civil_liberties', '2025', '14 score', '2026-02-26']);
    expect(importButton.disabled).toBe(false);
    importButton.click();
    const real = http.expectOne((r) => r.url === '/api/observations/import');
    expect(real.request.params.get('dryRun')).toBe('false');
    real.flush({ ...report, dryRun: false });
    await stable();
    expect(el.querySelector('[data-testid=imported]')?.textContent).toContain('Imported 1 observation: 1 added');
    http.verify();
  });

  it('shows line-numbered problems of a refused file and offers no import', async () => {
    const { el, http, stable } = await open();
    (el.querySelector('[data-testid=check]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.url === '/api/observations/import')
      .flush(
        {
          statusCode: 400,
          message: 'The file has 1 problem; nothing was imported',
          errors: [{ field: 'value', line: 3, message: 'value must be between 0 and 100 for %' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('nothing was imported');
    const cells = Array.from(el.querySelectorAll('.problems tr[mat-row] td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['3', 'value', 'value must be between 0 and 100 for %']);
    expect((el.querySelector('[data-testid=import]') as HTMLButtonElement).disabled).toBe(true);
  });
});

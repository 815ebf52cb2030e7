import { TestRequest } from '@angular/common/http/testing';
import { EVENT_CSV_REQUIRED_COLUMNS, ImportReport } from '@kem/contracts';
import { CPC, CSTO, FOREIGN_AGENT, renderPage } from '@kem/dashboard-core/testing';
import { ImportPage } from './import-page';

const INDICATORS = [CPC, FOREIGN_AGENT, CSTO];

const cleanReport: ImportReport = {
  dryRun: true,
  created: 1,
  updated: 1,
  rows: [
    {
      line: 2,
      action: 'create',
      event: {
        indicatorKey: 'cpc_pipeline',
        date: '2025-03-31',
        title: 'Moorings halted',
        summary: 's',
        severity: 4,
        sourceName: 'x',
        sourceUrl: 'https://example.org/a',
        confidence: 'high',
      },
    },
    {
      line: 3,
      action: 'update',
      event: {
        id: 41,
        indicatorKey: 'foreign_agent',
        date: '2025-02-12',
        title: 'Bill proposed',
        summary: 's',
        severity: 2,
        sourceName: 'x',
        sourceUrl: 'https://example.org/b',
        confidence: 'high',
      },
    },
  ],
};

describe('ImportPage', () => {
  let exampleBlob: Blob | undefined;

  beforeEach(() => {
    exampleBlob = undefined;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      exampleBlob = blob;
      return 'blob:http://localhost/example';
    });
    URL.revokeObjectURL = jest.fn();
  });

  async function open() {
    const { fixture, http, el, stable } = await renderPage(ImportPage);
    http.expectOne('/api/indicators').flush(INDICATORS);
    await stable();
    const chooseFile = async (name: string) => {
      const input = el.querySelector('input[type=file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File(['date,indicator\n'], name, { type: 'text/csv' })], configurable: true });
      input.dispatchEvent(new Event('change'));
      await stable();
    };
    const button = (text: string) =>
      Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
    const importRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/events/import');
    return { fixture, http, el, stable, chooseFile, button, importRequest };
  }

  it('lists the expected columns and offers an example file built in the browser', async () => {
    const { el } = await open();
    const columns = Array.from(el.querySelectorAll('dt code')).map((c) => c.textContent);
    expect(columns).toEqual(expect.arrayContaining([...EVENT_CSV_REQUIRED_COLUMNS, 'end_date', 'stage', 'status']));
    const link = el.querySelector('a[download]') as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('events-example.csv');
    expect(link.getAttribute('href')).toBe('blob:http://localhost/example');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(exampleBlob as Blob);
    });
    const header = text.split('\r\n')[0].split(',');
    expect(header).toEqual(expect.arrayContaining([...EVENT_CSV_REQUIRED_COLUMNS]));
    expect(el.querySelector('.keys')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'foreign_agent Foreign-agent legislation (stages: proposed, drafted, first_reading, adopted, enforced, withdrawn)',
    );
  });

  it('checks the file with a dry run, previews it, and only then imports it', async () => {
    const { http, el, stable, chooseFile, button, importRequest } = await open();
    expect(button('Check file').disabled).toBe(true);
    await chooseFile('events.csv');
    expect(button('Import').disabled).toBe(true);
    button('Check file').click();
    const dry = importRequest();
    expect(dry.request.params.get('dryRun')).toBe('true');
    expect(((dry.request.body as FormData).get('file') as File).name).toBe('events.csv');
    dry.flush(cleanReport);
    await stable();
    expect(el.querySelector('[data-testid=counts]')?.textContent).toContain('2 events: 1 new, 1 update');
    const rows = Array.from(el.querySelectorAll('.preview tr[mat-row]')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2', 'Create', '2025-03-31', 'CPC pipeline disruptions', 'Moorings halted', '4'],
      ['3', 'Update #41', '2025-02-12', 'Foreign-agent legislation', 'Bill proposed', '2'],
    ]);
    expect(button('Import').disabled).toBe(false);
    expect(button('Import').textContent).toContain('Import 2 events');

    button('Import').click();
    const real = importRequest();
    expect(real.request.params.get('dryRun')).toBe('false');
    real.flush({ ...cleanReport, dryRun: false });
    await stable();
    expect(el.querySelector('.done')?.textContent).toContain('Imported 2 events: 1 added, 1 updated');
    expect(el.querySelector('.done a')?.getAttribute('href')).toBe('/events');
    expect(button('Import').disabled).toBe(true);
    http.verify();
  });

  it('shows the problems by line and column when the file is bad, and does not offer to import it', async () => {
    const { el, stable, chooseFile, button, importRequest } = await open();
    await chooseFile('bad.csv');
    button('Check file').click();
    importRequest().flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The file has 2 problems; nothing was imported',
        errors: [
          { line: 3, field: 'severity', message: 'severity must not be greater than 5' },
          { line: 5, field: 'file', message: 'Duplicate of line 2 (same indicator, date and source URL)' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The file has 2 problems; nothing was imported');
    const rows = Array.from(el.querySelectorAll('.problems tr[mat-row]')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'severity', 'severity must not be greater than 5'],
      ['5', '(whole row)', 'Duplicate of line 2 (same indicator, date and source URL)'],
    ]);
    expect(el.querySelector('.preview')).toBeNull();
    expect(button('Import').disabled).toBe(true);
  });

  it('asks for a new check when another file is chosen after a clean one', async () => {
    const { stable, chooseFile, button, importRequest } = await open();
    await chooseFile('first.csv');
    button('Check file').click();
    importRequest().flush(cleanReport);
    await stable();
    expect(button('Import').disabled).toBe(false);
    await chooseFile('second.csv');
    expect(button('Import').disabled).toBe(true);
  });

  it('does not let a check of one file enable importing another chosen meanwhile', async () => {
    const { el, stable, chooseFile, button, importRequest } = await open();
    await chooseFile('first.csv');
    button('Check file').click();
    const pending = importRequest();
    await chooseFile('second.csv');
    pending.flush(cleanReport);
    await stable();
    expect(el.querySelector('.preview')).toBeNull();
    expect(button('Import').disabled).toBe(true);
  });

  it('says what went wrong when the upload itself fails', async () => {
    const { el, stable, chooseFile, button, importRequest } = await open();
    await chooseFile('huge.csv');
    button('Check file').click();
    importRequest().flush(
      { statusCode: 413, message: 'Request body is larger than the limit of 1048576 bytes' },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await stable();
    expect(el.querySelector('.failure')?.textContent).toContain('larger than the limit');
    expect(button('Import').disabled).toBe(true);
  });
});

import { EVENT_CSV_OPTIONAL_COLUMNS, EVENT_CSV_REQUIRED_COLUMNS, ImportProblem } from '@kem/contracts';
import { CsvError, parse } from 'csv-parse/sync';

export const MAX_IMPORT_ROWS = 10_000;

export type CsvColumn = (typeof EVENT_CSV_REQUIRED_COLUMNS)[number] | (typeof EVENT_CSV_OPTIONAL_COLUMNS)[number];

export interface CsvRow {
  /** Line where the row starts; the header is line 1. */
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  problems: ImportProblem[];
}

/** What a CSV holds: its columns, and the word for one row in messages ("event", "observation"). */
export interface CsvShape {
  required: readonly string[];
  optional: readonly string[];
  noun: string;
}

const EVENTS_SHAPE: CsvShape = { required: EVENT_CSV_REQUIRED_COLUMNS, optional: EVENT_CSV_OPTIONAL_COLUMNS, noun: 'event' };

/** Splits an events CSV into rows keyed by column, reporting header and structure problems by line. */
export function parseEventsCsv(text: string): ParsedCsv {
  return parseCsv(text, EVENTS_SHAPE);
}

/** Splits a CSV of `shape` into rows keyed by column, reporting header and structure problems by line. */
export function parseCsv(text: string, shape: CsvShape): ParsedCsv {
  const known = new Set<string>([...shape.required, ...shape.optional]);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return { rows: [], problems: [{ line, field: null, message: 'The file contains a NUL character: it is not a text CSV file' }] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      return {
        rows: [],
        problems: [{ line: (error as CsvError & { lines?: number }).lines ?? 1, field: null, message: `Malformed CSV: ${error.message}` }],
      };
    }
    throw error;
  }
  if (records.length === 0)
    return {
      rows: [],
      problems: [{ line: 1, field: null, message: `The file is empty: expected a header line and at least one ${shape.noun}` }],
    };

  const header = records[0].record.map((name) => name.toLowerCase());
  const problems = headerProblems(header, shape, known);
  if (problems.length > 0) return { rows: [], problems };
  if (records.length === 1)
    return { rows: [], problems: [{ line: 2, field: null, message: `The file has a header but no ${shape.noun}s` }] };
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      problems: [
        { line: MAX_IMPORT_ROWS + 2, field: null, message: `Too many rows: at most ${MAX_IMPORT_ROWS} ${shape.noun}s per import` },
      ],
    };
  }

  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      problems.push({ line, field: null, message: `Expected ${header.length} cells like the header, found ${record.length}` });
      continue;
    }
    const cells: CsvRow['cells'] = {};
    header.forEach((column, i) => (cells[column as CsvColumn] = record[i]));
    rows.push({ line, cells });
  }
  return { rows, problems };
}

function headerProblems(header: string[], shape: CsvShape, known: ReadonlySet<string>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (!known.has(column)) {
      problems.push({ line: 1, field: column, message: `Unknown column "${column}"; allowed: ${[...known].join(', ')}` });
    } else if (seen.has(column)) {
      problems.push({ line: 1, field: column, message: `Column "${column}" appears twice` });
    }
    seen.add(column);
  }
  for (const column of shape.required) {
    if (!seen.has(column)) problems.push({ line: 1, field: column, message: `Missing required column "${column}"` });
  }
  return problems;
}

/** The input of every row that makes one, and every problem: the file's, then each row's (named by its line). */
export function rowInputs<I>(
  parsed: ParsedCsv,
  toInput: (row: CsvRow) => { input?: I; problems: ImportProblem[] },
): { inputs: I[]; problems: ImportProblem[] } {
  const problems = [...parsed.problems];
  const inputs: I[] = [];
  for (const row of parsed.rows) {
    const result = toInput(row);
    problems.push(...result.problems);
    if (result.input) inputs.push(result.input);
  }
  return { inputs, problems };
}

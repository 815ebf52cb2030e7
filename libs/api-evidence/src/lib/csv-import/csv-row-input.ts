import { EventInput, ImportProblem } from '@kem/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fieldErrors, MAX_ID, ValidationContext, withValidationContext } from '@kem/api-http';
import { EventInputDto } from '../events/event-input.dto';
import { CsvColumn, CsvRow } from './events-csv';

/** CSV column for each event field, so problems name what the analyst sees in the file. */
const COLUMN_OF: Record<string, CsvColumn> = {
  indicatorKey: 'indicator',
  date: 'date',
  datePrecision: 'date_precision',
  endDate: 'end_date',
  title: 'title',
  summary: 'summary',
  severity: 'severity',
  stage: 'stage',
  sourceName: 'source_name',
  sourceUrl: 'source_url',
  confidence: 'confidence',
  status: 'status',
  lifecycle: 'lifecycle',
  parentId: 'parent_id',
};

export const columnOf = (field: string): string => COLUMN_OF[field] ?? field;

export interface RowInput {
  line: number;
  id: number | null;
  event: EventInput;
}

/**
 * Turns one CSV row into an event input, or into the problems that stop it, named by column. The
 * rules are the API's own (EventInputDto, dates within EVIDENCE_DAYS of `context.today()`).
 */
export function csvRowInput(row: CsvRow, context: ValidationContext): { input?: RowInput; problems: ImportProblem[] } {
  const c = row.cells;
  const problems: ImportProblem[] = [];
  let id: number | null = null;
  if (c.id) {
    if (/^\d{1,10}$/.test(c.id) && Number(c.id) > 0 && Number(c.id) <= MAX_ID) id = Number(c.id);
    else
      problems.push({ line: row.line, field: 'id', message: `id must be a whole number from 1 to ${MAX_ID} (or empty for a new event)` });
  }
  const severity = c.severity && /^-?\d+$/.test(c.severity) ? Number(c.severity) : c.severity;
  const plain = {
    indicatorKey: c.indicator,
    date: c.date,
    ...(c.date_precision ? { datePrecision: c.date_precision } : {}),
    ...('end_date' in c ? { endDate: c.end_date || null } : {}),
    title: c.title,
    summary: c.summary,
    severity,
    ...('stage' in c ? { stage: c.stage || null } : {}),
    sourceName: c.source_name,
    sourceUrl: c.source_url,
    confidence: c.confidence?.toLowerCase(),
    ...(c.status ? { status: c.status.toLowerCase() } : {}),
    ...(c.lifecycle ? { lifecycle: c.lifecycle.toLowerCase() } : {}),
    ...('parent_id' in c ? { parentId: c.parent_id ? (/^\d{1,10}$/.test(c.parent_id) ? Number(c.parent_id) : c.parent_id) : null } : {}),
  };
  const dto = plainToInstance(EventInputDto, plain);
  for (const e of fieldErrors(validateSync(withValidationContext(dto, context), { whitelist: true, forbidNonWhitelisted: true }))) {
    const column = columnOf(e.field);
    problems.push({ line: row.line, field: column, message: e.message.replace(e.field, column) });
  }
  if (problems.length > 0) return { problems };
  return { input: { line: row.line, id, event: dto }, problems };
}

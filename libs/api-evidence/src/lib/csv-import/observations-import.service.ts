import { AuditActor, ObservationEntity } from '@kem/api-data';
import { CLOCK, Clock } from '@kem/api-config';
import { fieldErrors, MAX_ID, ValidationContext, withValidationContext } from '@kem/api-http';
import {
  ImportProblem,
  OBSERVATION_CSV_OPTIONAL_COLUMNS,
  OBSERVATION_CSV_REQUIRED_COLUMNS,
  ObservationImportReport,
  ObservationImportRowResult,
  ObservationInput,
} from '@kem/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { knownIndicators } from '../events/known-indicators';
import { ObservationInputDto } from '../observations/observation-input.dto';
import { observationValueProblem } from '../observations/observation-values';
import { ObservationsService } from '../observations/observations.service';
import { CsvRow, parseCsv, rowInputs } from './events-csv';
import { importReport, refuseIfProblems } from './import-report';

const COLUMN_OF: Record<string, string> = {
  indicatorKey: 'indicator',
  series: 'series',
  date: 'date',
  value: 'value',
  unit: 'unit',
  sourceName: 'source_name',
  sourceUrl: 'source_url',
  confidence: 'confidence',
  note: 'note',
  period: 'period',
  vintage: 'vintage',
};
const columnOf = (field: string) => COLUMN_OF[field] ?? field;
const slot = (o: { indicatorKey: string; series: string; date: string }) => `${o.indicatorKey}|${o.series}|${o.date}`;

interface ObservationRow {
  line: number;
  id: number | null;
  observation: ObservationInput;
}

/** One CSV row as an observation input (the API's own rules), or the problems that stop it, named by column. */
export function observationRowInput(row: CsvRow, context: ValidationContext): { input?: ObservationRow; problems: ImportProblem[] } {
  const c = row.cells as Record<string, string | undefined>;
  const problems: ImportProblem[] = [];
  let id: number | null = null;
  if (c['id']) {
    if (/^\d{1,10}$/.test(c['id']) && Number(c['id']) > 0 && Number(c['id']) <= MAX_ID) id = Number(c['id']);
    else problems.push({ line: row.line, field: 'id', message: `id must be a whole number from 1 to ${MAX_ID} (or empty)` });
  }
  const raw = c['value'];
  const value = raw !== undefined && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(raw) ? Number(raw) : raw;
  const plain = {
    indicatorKey: c['indicator'],
    series: c['series'],
    date: c['date'],
    value,
    unit: c['unit'],
    sourceName: c['source_name'],
    sourceUrl: c['source_url'],
    confidence: c['confidence']?.toLowerCase(),
    ...('note' in c ? { note: c['note'] || null } : {}),
    ...('period' in c ? { period: c['period'] || null } : {}),
    ...('vintage' in c ? { vintage: c['vintage'] || null } : {}),
  };
  const dto = plainToInstance(ObservationInputDto, plain);
  for (const e of fieldErrors(validateSync(withValidationContext(dto, context), { whitelist: true, forbidNonWhitelisted: true }))) {
    const column = columnOf(e.field);
    problems.push({ line: row.line, field: column, message: e.message.replace(e.field, column) });
  }
  if (
    typeof dto.value === 'number' &&
    Number.isFinite(dto.value) &&
    typeof dto.unit === 'string' &&
    !problems.some((p) => p.field === 'value')
  ) {
    const bound = observationValueProblem(dto.unit, dto.value);
    if (bound) problems.push({ line: row.line, field: 'value', message: bound });
  }
  if (problems.length > 0) return { problems };
  return { input: { line: row.line, id, observation: dto }, problems };
}

/**
 * Imports observations (e.g. new vintages of the structural series) from CSV, all or nothing, with
 * line-numbered problems like the events import. A row with an id updates that observation; a row
 * whose (indicator, series, date) is already stored updates it too (a revised figure); others create.
 */
@Injectable()
export class ObservationsImportService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly observations: ObservationsService,
  ) {}

  async import(text: string, dryRun: boolean, actor: AuditActor): Promise<ObservationImportReport> {
    const parsed = parseCsv(text, {
      required: OBSERVATION_CSV_REQUIRED_COLUMNS,
      optional: OBSERVATION_CSV_OPTIONAL_COLUMNS,
      noun: 'observation',
    });
    const { inputs, problems } = rowInputs(parsed, (row) => observationRowInput(row, this.clock));
    return this.dataSource.transaction(async (manager) => {
      const { byId, bySlot } = await this.existing(manager, inputs);
      const indicators = await knownIndicators(manager);
      const firstLine = new Map<string, number>();
      const targets = new Map<number, ObservationEntity | undefined>();
      for (const { line, id, observation } of inputs) {
        if (!indicators.has(observation.indicatorKey)) {
          problems.push({
            line,
            field: 'indicator',
            message: `unknown indicator "${observation.indicatorKey}"; known: ${[...indicators.keys()].join(', ')}`,
          });
        }
        const key = slot(observation);
        const earlier = firstLine.get(key);
        if (earlier !== undefined)
          problems.push({ line, field: null, message: `Duplicate of line ${earlier} (same indicator, series and date)` });
        else firstLine.set(key, line);
        const stored = bySlot.get(key);
        if (id !== null) {
          if (!byId.has(id)) problems.push({ line, field: 'id', message: `There is no observation ${id} to update` });
          else if (stored && stored.id !== id)
            problems.push({
              line,
              field: 'date',
              message: `observation ${stored.id} already holds ${observation.series} on ${observation.date}`,
            });
          targets.set(line, byId.get(id));
        } else targets.set(line, stored);
      }
      refuseIfProblems(problems);
      const rows: ObservationImportRowResult[] = inputs.map((input) => {
        const target = targets.get(input.line);
        return {
          line: input.line,
          action: target ? 'update' : 'create',
          observation: target ? { ...input.observation, id: target.id } : input.observation,
        };
      });
      if (!dryRun) {
        for (const input of inputs) {
          const target = targets.get(input.line);
          if (target)
            await this.observations.change(manager, await this.observations.find(manager, target.id), { ...input.observation }, actor);
          else await this.observations.insert(manager, input.observation, actor, 'import');
        }
      }
      return importReport(dryRun, rows);
    });
  }

  private async existing(
    manager: EntityManager,
    inputs: ObservationRow[],
  ): Promise<{ byId: Map<number, ObservationEntity>; bySlot: Map<string, ObservationEntity> }> {
    const ids = inputs.map((i) => i.id).filter((id): id is number => id !== null);
    const byId = new Map<number, ObservationEntity>();
    for (let i = 0; i < ids.length; i += 500) {
      for (const o of await manager.find(ObservationEntity, { where: { id: In(ids.slice(i, i + 500)) } })) byId.set(o.id, o);
    }
    const bySlot = new Map<string, ObservationEntity>();
    const series = [...new Set(inputs.map((i) => i.observation.series))];
    for (let i = 0; i < series.length; i += 200) {
      for (const o of await manager.find(ObservationEntity, {
        select: { id: true, indicatorKey: true, series: true, date: true },
        where: { series: In(series.slice(i, i + 200)) },
      })) {
        bySlot.set(slot(o), o);
      }
    }
    return { byId, bySlot };
  }
}

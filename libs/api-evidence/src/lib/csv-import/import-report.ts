import { InvalidInputError } from '@kem/api-http';
import { ImportProblem } from '@kem/contracts';

/**
 * An import is all or nothing: one problem anywhere refuses the whole file, with every problem
 * listed by line (a problem of the file as a whole names the field "file").
 */
export function refuseIfProblems(problems: ImportProblem[]): void {
  if (problems.length === 0) return;
  problems.sort((a, b) => a.line - b.line);
  throw new InvalidInputError(
    `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported`,
    problems.map((p) => ({ line: p.line, field: p.field ?? 'file', message: p.message })),
  );
}

/** What an import answers: every row with what it does (or would do, with `dryRun`), and how many create and update. */
export function importReport<R extends { action: 'create' | 'update' }>(
  dryRun: boolean,
  rows: R[],
): { dryRun: boolean; created: number; updated: number; rows: R[] } {
  return {
    dryRun,
    created: rows.filter((r) => r.action === 'create').length,
    updated: rows.filter((r) => r.action === 'update').length,
    rows,
  };
}

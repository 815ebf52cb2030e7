import { escapeLike, pageWindow, startOfNextDay, type PageQueryDto } from '@kem/api-http';
import type { Page } from '@kem/contracts';
import { startOfDay } from '@kem/scoring';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A log's list query: the page, and the UTC days (both inclusive) its rows' timestamps fall in. */
export type LogPageQuery = PageQueryDto & { readonly from?: string; readonly to?: string };

/** How one log is listed: its timestamp column, its own filters (on the alias `row`) and its view. */
export interface LogListing<T extends ObjectLiteral, V> {
  readonly at: keyof T & string;
  narrow(rows: SelectQueryBuilder<T>): void;
  toView(row: T): V;
}

/**
 * A page of a log (audit entries, deliveries…): newest first by its timestamp, ties by id (newest
 * id first), within the query's day range and the listing's filters.
 */
export async function newestFirstPage<T extends ObjectLiteral, V>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  q: LogPageQuery,
  listing: LogListing<T, V>,
): Promise<Page<V>> {
  const { page, pageSize, skip, take } = pageWindow(q);
  const at = `row.${listing.at}`;
  const rows = dataSource
    .getRepository(target)
    .createQueryBuilder('row')
    .orderBy(at, 'DESC')
    .addOrderBy('row.id', 'DESC')
    .skip(skip)
    .take(take);
  if (q.from) rows.andWhere(`${at} >= :from`, { from: startOfDay(q.from) });
  if (q.to) rows.andWhere(`${at} < :to`, { to: startOfNextDay(q.to) });
  listing.narrow(rows);
  const [found, total] = await rows.getManyAndCount();
  return { items: found.map((row) => listing.toView(row)), total, page, pageSize };
}

/** Keeps the rows whose column contains the text, ignoring case; LIKE wildcards in the text match literally. */
export function whereContains<T extends ObjectLiteral>(rows: SelectQueryBuilder<T>, column: string, text: string | undefined): void {
  if (text) rows.andWhere(`LOWER(row.${column}) LIKE :${column} ESCAPE '\\'`, { [column]: `%${escapeLike(text.toLowerCase())}%` });
}

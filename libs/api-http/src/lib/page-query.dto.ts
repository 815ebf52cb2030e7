import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './dto-rules';

/** Highest page number a list serves: with 500 rows a page, half a billion rows, far past any table here. */
export const MAX_PAGE = 1_000_000;
export const MAX_PAGE_SIZE = 500;

/**
 * A page number or size: may be left out, else a whole number from 1 to `max` (converted from the
 * query's text). Listed as stacked decorators apply, bottom-up, so the messages keep their order.
 */
const PageParameter = (max: number) =>
  applyDecorators(
    Max(max),
    Min(1),
    IsInt({ message: '$property must be a whole number' }),
    Type(() => Number),
    Optional(),
  );

/** page and pageSize of a paginated list; every list's query DTO extends it. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @PageParameter(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, description: 'Rows per page (each list has its own default)' })
  @PageParameter(MAX_PAGE_SIZE)
  pageSize?: number;
}

export interface PageWindow {
  page: number;
  pageSize: number;
  /** Rows before the page, and rows on it (TypeORM's skip/take). */
  skip: number;
  take: number;
}

/** The rows a page of a list covers: page 1 of `defaultSize` rows unless the query says otherwise. */
export function pageWindow(q: PageQueryDto, defaultSize = 50): PageWindow {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? defaultSize;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from './dto-rules';

/** Highest page number a list serves: with 500 rows a page, half a billion rows, far past any table here. */
export const MAX_PAGE = 1_000_000;
export const MAX_PAGE_SIZE = 500;

/** page and pageSize of a paginated list; every list's query DTO extends it. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, description: 'Rows per page (each list has its own default)' })
  @Optional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
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

import { IndexSeriesView } from '@kem/contracts';
import { Injectable } from '@nestjs/common';
import { IndexQueryDto } from './index-query.dto';
import { IndexReader } from './index-reader.service';
import { SerialisedCache, SerialisedResponse } from './serialised-cache';
import { ServedIndex } from './served-index';

/**
 * The index series as GET /api/index serves it: ten years of daily points serialise to ~3 MB, so a
 * response is serialised once per build and request and kept with its ETag.
 */
@Injectable()
export class SeriesResponses {
  private readonly cache = new SerialisedCache(32);

  constructor(
    private readonly served: ServedIndex,
    private readonly reader: IndexReader,
  ) {}

  async series(q: IndexQueryDto, anonymous: boolean): Promise<SerialisedResponse> {
    const { version, build } = await this.served.resolve(q.profile);
    const key = [version.id, build.computedAt?.getTime(), build.evidenceRevision, q.from, q.to, q.interval, q.method ?? 2, q.asOf].join(
      '|',
    );
    const options = { method: q.method, asOf: q.asOf ?? null, anonymous };
    return this.cache.get(key, (): Promise<IndexSeriesView> => this.reader.series(q.profile, q.from, q.to, q.interval, options));
  }
}

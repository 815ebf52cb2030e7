import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { LruCache } from '../lru-cache';

export interface SerialisedResponse {
  body: string;
  etag: string;
}

/**
 * Keeps the last few serialised responses of materialised data. Keys include the build that
 * produced the data, so a rebuild makes old entries unreachable and they age out.
 */
export class SerialisedCache {
  private readonly entries: LruCache<string, SerialisedResponse>;

  constructor(capacity: number) {
    this.entries = new LruCache(capacity);
  }

  async get(key: string, produce: () => Promise<unknown>): Promise<SerialisedResponse> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const body = JSON.stringify(await produce());
    const entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    this.entries.set(key, entry);
    return entry;
  }
}

/** Sends a serialised response with its ETag; Express answers 304 itself when If-None-Match matches it. */
export function sendSerialised(res: Response, serialised: SerialisedResponse): void {
  res.setHeader('ETag', serialised.etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.type('application/json').send(serialised.body);
}

import { SerialisedCache } from './serialised-cache';

describe('SerialisedCache', () => {
  it('produces once per key and evicts the least recently used', async () => {
    const cache = new SerialisedCache(2);
    let calls = 0;
    const produce = (v: number) => async () => {
      calls++;
      return { v };
    };
    const a = await cache.get('a', produce(1));
    expect(await cache.get('a', produce(99))).toBe(a);
    expect(a.body).toBe('{"v":1}');
    await cache.get('b', produce(2));
    await cache.get('a', produce(1));
    await cache.get('c', produce(3));
    await cache.get('b', produce(2));
    expect(calls).toBe(4);
  });

  it('gives different content different ETags', async () => {
    const cache = new SerialisedCache(4);
    const x = await cache.get('x', async () => [1]);
    const y = await cache.get('y', async () => [2]);
    expect(x.etag).not.toBe(y.etag);
    expect(x.etag).toMatch(/^W\/".+"$/);
  });
});

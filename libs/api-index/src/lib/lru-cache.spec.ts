import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('drops the least recently written entry beyond capacity', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.get('c')).toBe(3);
  });

  it('counts a read as a use: the entry read last is kept', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
  });

  it('counts rewriting a key as a use, without growing', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(10);
    expect(cache.get('b')).toBeUndefined();
  });

  it('makes a missing entry once and keeps it (getOrSet), a stored undefined included', () => {
    const cache = new LruCache<string, number | undefined>(2);
    const make = jest.fn(() => 7);
    expect(cache.getOrSet('a', make)).toBe(7);
    expect(cache.getOrSet('a', make)).toBe(7);
    expect(make).toHaveBeenCalledTimes(1);
    const none = jest.fn((): undefined => undefined);
    cache.getOrSet('u', none);
    cache.getOrSet('u', none);
    expect(none).toHaveBeenCalledTimes(1);
  });

  it('forgets a deleted entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    expect(cache.delete('a')).toBe(true);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.delete('a')).toBe(false);
    expect(cache.size).toBe(0);
  });
});

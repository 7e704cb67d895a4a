import { GenerationCache } from '../../src/domain/security/generation-cache';

describe('GenerationCache', () => {
  test('a value is handed out only at the generation it was built at, and is forgotten at another', () => {
    const cache = new GenerationCache<string>(10);
    cache.set('user:1', '5', 'rights at 5');
    expect(cache.get('user:1', '5')).toBe('rights at 5');
    expect(cache.get('user:1', '6')).toBeUndefined();
    // forgotten: going back to the old generation does not revive it
    expect(cache.get('user:1', '5')).toBeUndefined();
    expect(cache.get('user:2', '5')).toBeUndefined();
  });

  test('holds at most its capacity, letting the least recently used go first', () => {
    const cache = new GenerationCache<number>(2);
    cache.set('a', '1', 1);
    cache.set('b', '1', 2);
    expect(cache.get('a', '1')).toBe(1);
    cache.set('c', '1', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBe(1);
    expect(cache.get('c', '1')).toBe(3);
  });

  test('a capacity that is no positive whole number is refused', () => {
    expect(() => new GenerationCache(0)).toThrow(RangeError);
    expect(() => new GenerationCache(1.5)).toThrow(RangeError);
  });
});

import { retryAfterSeconds, windowDecision, windowStart } from '../../src/domain/rate-limit';

const WINDOW = 60_000;
const at = (seconds: number) => 10 * WINDOW + seconds * 1000; // inside the 11th fixed window

describe('rate limit counted in two fixed windows', () => {
  test('within one window: max hits pass, the next is refused until the window has moved on', () => {
    for (let current = 1; current <= 10; current += 1) {
      expect(windowDecision({ previous: 0, current, at: at(5), windowMs: WINDOW, max: 10 })).toEqual({ allowed: true, remaining: 10 - current, retryAfterMs: 0 });
    }
    const refused = windowDecision({ previous: 0, current: 11, at: at(5), windowMs: WINDOW, max: 10 });
    expect(refused.allowed).toBe(false);
    // the rest of this window, then long enough for this window's 11 hits to weigh 9 or less
    expect(refused.retryAfterMs).toBe(55_000 + Math.ceil(WINDOW * (1 - 9 / 11)));
  });

  test('the previous window still counts for the part of it the sliding window covers', () => {
    // 30 s into this window, half of the previous one is still inside the last minute
    expect(windowDecision({ previous: 10, current: 5, at: at(30), windowMs: WINDOW, max: 10 })).toMatchObject({ allowed: true, remaining: 0 });
    const refused = windowDecision({ previous: 10, current: 6, at: at(30), windowMs: WINDOW, max: 10 });
    expect(refused.allowed).toBe(false);
    // the previous window's weight must fall to 4 of 10: at 36 s into this one
    expect(refused.retryAfterMs).toBe(6_000);
    expect(windowDecision({ previous: 10, current: 6, at: at(36), windowMs: WINDOW, max: 10 }).allowed).toBe(true);
  });

  test('a window starts at a multiple of its length, so every process agrees on it', () => {
    expect(windowStart(at(59.999), WINDOW)).toBe(10 * WINDOW);
    expect(windowStart(at(60), WINDOW)).toBe(11 * WINDOW);
  });

  test('Retry-After is whole seconds, rounded up, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });
});

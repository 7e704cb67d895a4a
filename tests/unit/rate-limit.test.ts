import { createRateLimiter, retryAfterSeconds } from '../../src/domain/rate-limit';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('sliding-window rate limiter', () => {
  test('accepts max hits per window, refuses the next with the time until the oldest leaves', () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 10, windowMs: 60_000, now: c.now });
    for (let i = 0; i < 10; i += 1) {
      const d = limiter.hit('1.2.3.4');
      expect(d).toEqual({ allowed: true, remaining: 9 - i, retryAfterMs: 0 });
      c.advance(1000);
    }
    const refused = limiter.hit('1.2.3.4');
    expect(refused.allowed).toBe(false);
    expect(refused.remaining).toBe(0);
    expect(refused.retryAfterMs).toBe(50_000); // first hit at t0, now t0+10s
  });

  test('keys are independent', () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 2, windowMs: 1000, now: c.now });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
    expect(limiter.hit('b').allowed).toBe(true);
  });

  test('the window slides: a slot frees up when the oldest hit is windowMs old', () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 2, windowMs: 1000, now: c.now });
    limiter.hit('a');
    c.advance(600);
    limiter.hit('a');
    c.advance(399);
    expect(limiter.hit('a')).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1 });
    c.advance(1);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  test('refused hits are not counted, so hammering does not extend the block', () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 1, windowMs: 1000, now: c.now });
    limiter.hit('a');
    for (let i = 0; i < 50; i += 1) {
      c.advance(10);
      expect(limiter.hit('a').allowed).toBe(false);
    }
    c.advance(500);
    expect(limiter.hit('a').allowed).toBe(true);
  });

  test('reset forgets one key or all', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000, now: () => 0 });
    limiter.hit('a');
    limiter.hit('b');
    limiter.reset('a');
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(false);
    limiter.reset();
    expect(limiter.size()).toBe(0);
    expect(limiter.hit('b').allowed).toBe(true);
  });

  test('expired keys are swept and the number of keys is capped', () => {
    const c = clock();
    const limiter = createRateLimiter({ max: 1, windowMs: 1000, now: c.now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) limiter.hit(key);
    expect(limiter.size()).toBe(3);
    expect(limiter.hit('a').allowed).toBe(true); // 'a' was dropped as the oldest key
    c.advance(1000);
    limiter.hit('e');
    expect(limiter.size()).toBe(1);
  });

  test('bad options are refused', () => {
    expect(() => createRateLimiter({ max: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => createRateLimiter({ max: 1, windowMs: 0 })).toThrow(RangeError);
  });

  test('Retry-After is whole seconds, rounded up, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });
});

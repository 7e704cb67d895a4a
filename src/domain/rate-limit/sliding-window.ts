/**
 * Sliding-window rate limiter kept in memory: at most `max` accepted hits per key within any
 * `windowMs` span. Refused hits are not counted, so a client that keeps hammering is let in again
 * as soon as its oldest accepted hit leaves the window. The clock is injected for tests.
 */
export interface RateLimitOptions {
  /** Accepted hits per key within one window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Current time in milliseconds; Date.now by default. */
  now?: () => number;
  /** Keys kept at most; beyond it the keys seen longest ago are dropped first. */
  maxKeys?: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Accepted hits left in the current window after this one. */
  remaining: number;
  /** When refused: milliseconds until a hit would be accepted again (0 when allowed). */
  retryAfterMs: number;
}

export interface RateLimiter {
  hit(key: string): RateDecision;
  /** Forgets one key, or every key. */
  reset(key?: string): void;
  /** Keys currently tracked (for tests and metrics). */
  size(): number;
}

const DEFAULT_MAX_KEYS = 100_000;

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { max, windowMs } = options;
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  if (!Number.isInteger(max) || max < 1) throw new RangeError('createRateLimiter: max must be a positive integer');
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new RangeError('createRateLimiter: windowMs must be positive');
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('createRateLimiter: maxKeys must be a positive integer');

  /** key → times of accepted hits, oldest first; Map order = order keys were last touched. */
  const hits = new Map<string, number[]>();
  let lastSweep = now();

  const recent = (times: number[], at: number) => {
    let drop = 0;
    while (drop < times.length && times[drop] <= at - windowMs) drop += 1;
    return drop > 0 ? times.slice(drop) : times;
  };

  const sweep = (at: number) => {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [key, times] of hits) {
      const kept = recent(times, at);
      if (kept.length === 0) hits.delete(key);
      else if (kept !== times) hits.set(key, kept);
    }
  };

  return {
    hit(key) {
      const at = now();
      sweep(at);
      const times = recent(hits.get(key) ?? [], at);
      hits.delete(key);
      if (times.length >= max) {
        hits.set(key, times);
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, times[0] + windowMs - at) };
      }
      times.push(at);
      hits.set(key, times);
      while (hits.size > maxKeys) hits.delete(hits.keys().next().value as string);
      return { allowed: true, remaining: max - times.length, retryAfterMs: 0 };
    },
    reset(key) {
      if (key === undefined) hits.clear();
      else hits.delete(key);
    },
    size() {
      return hits.size;
    },
  };
}

/** Seconds for an HTTP Retry-After header: whole seconds, rounded up, at least 1. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

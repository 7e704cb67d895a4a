import type { RateDecision } from './decision';

/**
 * A sliding window counted in two fixed windows, so the count can live in a shared store (the database)
 * that several Vitrylo processes update with one upsert: the hits of the current window plus those of the
 * previous one weighted by how much of it the sliding window still covers. Every hit counts, refused ones
 * too: a client that keeps hammering stays refused.
 */

export function windowStart(at: number, windowMs: number): number {
  return Math.floor(at / windowMs) * windowMs;
}

export interface WindowCounts {
  /** hits of the previous fixed window */
  previous: number;
  /** hits of the current fixed window, this one included */
  current: number;
  at: number;
  windowMs: number;
  max: number;
}

export function windowDecision({ previous, current, at, windowMs, max }: WindowCounts): RateDecision {
  const start = windowStart(at, windowMs);
  const elapsed = at - start;
  const estimate = previous * (1 - elapsed / windowMs) + current;
  if (estimate <= max) return { allowed: true, remaining: Math.max(0, Math.floor(max - estimate)), retryAfterMs: 0 };
  // When would a hit fit: while this window lasts, once the previous one's weight has fallen enough;
  // else in the next window, once this one's (then previous) weight has.
  let wait: number;
  if (current < max && previous > 0) wait = windowMs * (1 - (max - current) / previous) - elapsed;
  else wait = windowMs - elapsed + windowMs * Math.max(0, 1 - (max - 1) / current);
  return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, Math.ceil(wait)) };
}

/** What a rate limiter answers for one hit. */
export interface RateDecision {
  allowed: boolean;
  /** Hits left within the limit after this one. */
  remaining: number;
  /** When refused: milliseconds until a hit would be accepted again (0 when allowed). */
  retryAfterMs: number;
}

/** Seconds for an HTTP Retry-After header: whole seconds, rounded up, at least 1. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

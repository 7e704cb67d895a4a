export { createRateLimiter, retryAfterSeconds } from './sliding-window';
export type { RateLimiter, RateLimitOptions, RateDecision } from './sliding-window';

export { createRateLimiter, retryAfterSeconds } from './sliding-window';
export type { RateLimiter, RateLimitOptions, RateDecision } from './sliding-window';
export { clientKey } from './client-key';
export type { ClientLike } from './client-key';
export { checkRateLimitSettings } from './settings';
export type { RateLimitSettings } from './settings';

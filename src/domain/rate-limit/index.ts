export { retryAfterSeconds } from './decision';
export type { RateDecision } from './decision';
export { clientKey } from './client-key';
export type { ClientLike } from './client-key';
export { checkRateLimitSettings } from './settings';
export type { RateLimitSettings } from './settings';
export { windowDecision, windowStart } from './window-counter';
export type { WindowCounts } from './window-counter';

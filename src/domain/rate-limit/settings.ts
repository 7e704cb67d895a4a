import { DomainValidationError, FieldIssue } from '../errors';

/**
 * Rate-limit settings read from the environment, checked at startup so a typo names the variable
 * (env.int('X') of "sixty" is NaN) instead of failing deep inside the limiter.
 */
export interface RateLimitSettings {
  max: number;
  windowMs: number;
}

export function checkRateLimitSettings(settings: RateLimitSettings, names: { max: string; windowMs: string }): RateLimitSettings {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(settings.max) || settings.max < 1) issues.push({ field: names.max, reason: 'must be a whole number of requests, at least 1' });
  if (!Number.isInteger(settings.windowMs) || settings.windowMs < 1) issues.push({ field: names.windowMs, reason: 'must be a whole number of milliseconds, at least 1' });
  if (issues.length > 0) throw new DomainValidationError(issues);
  return { max: settings.max, windowMs: settings.windowMs };
}

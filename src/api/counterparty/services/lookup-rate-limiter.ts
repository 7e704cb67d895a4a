import type { Core } from '@strapi/strapi';
import { checkRateLimitSettings, createRateLimiter } from '../../../domain/rate-limit';

/** One limiter per Strapi process for the caller-ID lookup, keyed by API token (see domain clientKey). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = checkRateLimitSettings(strapi.config.get('caller-id.rateLimit') as any, { max: 'LOOKUP_RATE_LIMIT', windowMs: 'LOOKUP_RATE_WINDOW_MS' });
  const limiter = createRateLimiter(settings);
  return {
    hit: (key: string) => limiter.hit(key),
    reset: (key?: string) => limiter.reset(key),
  };
};

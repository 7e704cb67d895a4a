import type { Core } from '@strapi/strapi';
import { checkRateLimitSettings } from '../../../domain/rate-limit';
import { sharedRateLimiter } from '../../../rate-limit/shared-rate-limiter';

/** The caller-ID lookup's limit per API token (see domain clientKey), shared by every process. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = checkRateLimitSettings(strapi.config.get('caller-id.rateLimit') as any, { max: 'LOOKUP_RATE_LIMIT', windowMs: 'LOOKUP_RATE_WINDOW_MS' });
  const limiter = sharedRateLimiter(strapi, 'caller-id', settings);
  return {
    hit: (key: string) => limiter.hit(key),
    reset: (key?: string) => limiter.reset(key),
  };
};

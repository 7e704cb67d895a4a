import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { clientKey, retryAfterSeconds } from '../../../domain/rate-limit';

/**
 * Route middleware of GET /api/counterparties/lookup: at most caller-id.rateLimit lookups per token in a
 * sliding window, then 429 with Retry-After. It runs after Strapi's authentication and permission check,
 * so only calls that would be answered are counted, misses (404) and bad numbers (400) included.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const decision = await strapi.service('api::counterparty.lookup-rate-limiter').hit(clientKey({ state: ctx.state, ip: ctx.request.ip }));
    if (!decision.allowed) {
      const seconds = retryAfterSeconds(decision.retryAfterMs);
      ctx.set('Retry-After', String(seconds));
      throw new errors.RateLimitError(`Too many caller-ID lookups with this token, try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    return next();
  };
};

import type { Core } from '@strapi/strapi';
import { createRateLimiter } from '../../../domain/rate-limit';

/** One limiter per Strapi instance, keyed by client address (ctx.request.ip, which honours server.proxy). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { max, windowMs } = strapi.config.get('web-form.rateLimit') as { max: number; windowMs: number };
  const limiter = createRateLimiter({ max, windowMs });
  return {
    hit: (address: string) => limiter.hit(address || 'unknown'),
    reset: (address?: string) => limiter.reset(address),
  };
};

import type { Core } from '@strapi/strapi';
import { sharedRateLimiter } from '../../../rate-limit/shared-rate-limiter';

/** The web form's limit per client address (ctx.request.ip, which honours server.proxy), shared by every process. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { max, windowMs } = strapi.config.get('web-form.rateLimit') as { max: number; windowMs: number };
  const limiter = sharedRateLimiter(strapi, 'web-form', { max, windowMs });
  return {
    hit: (address: string) => limiter.hit(address || 'unknown'),
    reset: (address?: string) => limiter.reset(address),
  };
};

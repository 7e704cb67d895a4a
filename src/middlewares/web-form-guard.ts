import type { Core } from '@strapi/strapi';
import { retryAfterSeconds } from '../domain/rate-limit';

/**
 * Guards the public website form before Strapi's body parser reads anything:
 * per-address rate limit (429 + Retry-After), body size from Content-Length (413; a body without
 * a length is refused with 411 so it cannot be streamed past the limit), JSON or urlencoded only (415),
 * no compressed bodies (415). Registered in config/middlewares.ts before 'strapi::body'.
 * The controller refuses to run when this guard did not see the request (fail closed).
 */
export const GUARDED = 'webFormGuarded';

interface WebFormConfig {
  path: string;
  maxBodyBytes: number;
}

/** The router matches paths case-insensitively and with a trailing slash: so must the guard. */
function normalizedPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return decoded.toLowerCase().replace(/\/+$/, '') || '/';
}

function refuse(ctx: any, status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

function hasBody(ctx: any): boolean {
  return ctx.request.headers['transfer-encoding'] !== undefined || Number(ctx.request.headers['content-length'] ?? 0) > 0;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get('web-form') as WebFormConfig;
  const path = normalizedPath(settings.path);

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || normalizedPath(ctx.path) !== path) return next();

    const decision = await strapi.service('api::inbound-request.web-form-rate-limit').hit(ctx.request.ip);
    if (!decision.allowed) {
      ctx.set('Retry-After', String(retryAfterSeconds(decision.retryAfterMs)));
      return refuse(ctx, 429, 'RateLimitError', 'Too many requests, please try again later.');
    }

    if (hasBody(ctx)) {
      const length = ctx.request.headers['content-length'];
      if (length === undefined) return refuse(ctx, 411, 'LengthRequiredError', 'Content-Length is required');
      if (!/^\d+$/.test(length) || Number(length) > settings.maxBodyBytes) {
        return refuse(ctx, 413, 'PayloadTooLargeError', `The body must be at most ${settings.maxBodyBytes} bytes`);
      }
      const encoding = String(ctx.request.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (encoding !== 'identity') return refuse(ctx, 415, 'UnsupportedMediaTypeError', 'Compressed bodies are not accepted');
      if (!ctx.is('json', 'urlencoded')) {
        return refuse(ctx, 415, 'UnsupportedMediaTypeError', 'Send application/json or application/x-www-form-urlencoded');
      }
    }

    ctx.state[GUARDED] = true;
    return next();
  };
};

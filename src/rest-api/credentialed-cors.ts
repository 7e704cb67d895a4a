import { CorsPolicy, corsAnswer } from '../domain/cors';
import { DISPLAYED_COLUMNS_HEADER } from '../domain/lists/list-populate';

/** Strapi's default request headers, and the one the panel names a list's shown columns in. */
const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Origin', 'Accept', DISPLAYED_COLUMNS_HEADER];

/**
 * Config of Strapi's own `strapi::cors` (admin panel and REST API): answers with credentials, and only
 * to the configured origins. Strapi's middleware (@strapi/core dist/middlewares/cors.js) calls `origin(ctx)`
 * for requests that carry an Origin and allows the request's origin only when it is in the returned
 * list, so an empty list means no CORS headers at all.
 *
 * Public paths get an empty list here too: Strapi's middleware can only echo the origin, never send "*",
 * so `global::public-cors` answers them instead.
 */
export function credentialedCorsConfig(policy: CorsPolicy) {
  return {
    origin: (ctx: any): string[] => {
      const answer = corsAnswer(policy, { origin: ctx.get('Origin'), path: ctx.path });
      return answer?.credentials ? [answer.allowOrigin] : [];
    },
    credentials: true,
    headers: ALLOWED_HEADERS,
  };
}

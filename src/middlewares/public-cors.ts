import { CorsPolicy, corsAnswer } from '../domain/cors';

/**
 * CORS for the public paths (the website form): any origin may call them, but only with
 * `Access-Control-Allow-Origin: *` and never with credentials, so a browser sends no cookies and a
 * page on any site can post the form and read the answer (201, 400, 429, ...).
 * Answers the preflight (OPTIONS) itself. Registered in config/middlewares.ts right after
 * 'strapi::cors', which leaves these paths alone (src/rest-api/credentialed-cors.ts).
 */
const PREFLIGHT_MAX_AGE_SECONDS = 86400;

export default (config: { policy?: CorsPolicy }) => {
  const { policy } = config;
  if (!policy) throw new Error('global::public-cors needs config.policy (see config/middlewares.ts)');

  return async (ctx: any, next: () => Promise<void>) => {
    const answer = corsAnswer(policy, { origin: ctx.get('Origin'), path: ctx.path });
    if (!answer || answer.credentials) return next();

    ctx.set('Access-Control-Allow-Origin', answer.allowOrigin);
    if (ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method')) {
      ctx.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type, Accept');
      ctx.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      ctx.status = 204;
      return undefined;
    }
    return next();
  };
};

import type { Core } from '@strapi/strapi';

/**
 * strapi::security with helmet's work done once per kind of request. Strapi's middleware (core/dist/middlewares/
 * security.js) merges its defaults into the configuration and builds helmet's fifteen middlewares anew for every
 * request (3 % of a caller-ID lookup's CPU), though what they do depends only on the configuration and on the
 * kind of request: a GET of the API documentation (or of a GraphQL playground), a GET of the admin panel (in
 * development and test), anything else. So Strapi's own middleware is run once per kind against a request that
 * records what it does to the response (the headers it sets and removes), and every request of that kind gets
 * the same. A configuration with functions in it (a CSP nonce, say) could answer each request differently: then
 * Strapi's middleware runs for every request, as before. Installed with the middleware registry's own `extend`.
 */

type Middleware = (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;
type HeaderStep = readonly ['set', string, unknown] | readonly ['remove', string];
type SecurityFactory = (config: unknown, context: { strapi: Core.Strapi }) => Middleware;

export function workOutSecurityHeadersOnce(strapi: Core.Strapi): void {
  (strapi.get('middlewares') as any).extend('strapi::security', (security: SecurityFactory): SecurityFactory => (config, context) => securityOnce(security, config, context.strapi));
}

function securityOnce(security: SecurityFactory, config: unknown, strapi: Core.Strapi): Middleware {
  const strapiSecurity = security(config, { strapi });
  if (hasFunctions(config)) return strapiSecurity;

  const prefixes = ['/documentation', String(strapi.config.get('admin.path', '/admin'))];
  const graphql: any = strapi.plugin('graphql');
  if (graphql) prefixes.push(String(graphql.config('endpoint')));
  const kindOf = (ctx: any) => `${ctx.method === 'GET'}|${prefixes.map((prefix) => String(ctx.path).startsWith(prefix)).join('|')}`;
  const stepsByKind = new Map<string, Promise<HeaderStep[]>>();

  return async (ctx, next) => {
    const kind = kindOf(ctx);
    let steps = stepsByKind.get(kind);
    if (!steps) {
      steps = recordSteps(strapiSecurity, ctx.method, ctx.path);
      stepsByKind.set(kind, steps);
      steps.catch(() => stepsByKind.delete(kind));
    }
    for (const step of await steps) {
      if (step[0] === 'set') ctx.res.setHeader(step[1], step[2]);
      else ctx.res.removeHeader(step[1]);
    }
    return next();
  };
}

/** What Strapi's middleware does to the response of a request of this method and path. */
async function recordSteps(security: Middleware, method: string, path: string): Promise<HeaderStep[]> {
  const steps: HeaderStep[] = [];
  const res = {
    setHeader: (name: string, value: unknown) => { steps.push(['set', name, value]); },
    removeHeader: (name: string) => { steps.push(['remove', name]); },
    getHeader: () => undefined,
  };
  const req = { method, url: path, headers: {} };
  await security({ method, path, url: path, req, res }, async () => undefined);
  return steps;
}

function hasFunctions(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(hasFunctions);
}

import type { Core } from '@strapi/strapi';
import { strapiDependency } from '../database/strapi-internal-module';

/**
 * strapi::body builds koa-body's middleware anew for every request from the same options object
 * (core/dist/middlewares/body.js: `koaBody.koaBody(bodyConfig)(ctx, …)`), and koa-body checks its options with zod
 * each time: 2 % of a caller-ID lookup's CPU. koa-body's middleware keeps nothing between requests, so the one
 * built for an options object is kept for it.
 */

type KoaBody = (options?: object) => (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
const WRAPPED = Symbol.for('vitrylo.koaBodyOnce');

export function buildBodyParserOnce(strapi: Core.Strapi): void {
  const koaBody = strapiDependency<{ koaBody?: KoaBody }>('koa-body');
  if (typeof koaBody?.koaBody !== 'function') {
    strapi.log.warn('koa-body has moved: the request body parser is built at every request.');
    return;
  }
  if ((koaBody.koaBody as any)[WRAPPED]) return;
  const build = koaBody.koaBody;
  const built = new WeakMap<object, ReturnType<KoaBody>>();
  const once: KoaBody = (options) => {
    if (options === null || typeof options !== 'object') return build(options);
    let parser = built.get(options);
    if (!parser) built.set(options, (parser = build(options)));
    return parser;
  };
  (once as any)[WRAPPED] = build;
  koaBody.koaBody = once;
}

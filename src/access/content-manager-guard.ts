import type { Core } from '@strapi/strapi';
import { buildCatalog } from './build-catalog';
import { guardFilters, guardSearch, guardSort, QueryGuardContext, sortEntries } from './query-guard';
import { guardRecords } from './response-guard';
import { andFilters, filterFromAbility, toWhere, visibleIdsFromAbility } from './visibility';

/**
 * Closes the content manager's read paths that Strapi leaves open under ownership conditions, as route
 * middlewares on the content manager's own routes (they run after authentication, with the caller's ability):
 *
 * - filters / sort / _q may not walk into fields the caller cannot read (query-guard.ts);
 * - related records in responses are trimmed to what the caller may see (response-guard.ts);
 * - the relation picker offers nothing of a type the caller cannot read at all (Strapi would list every
 *   record of it: an empty permission query means "no filter" there);
 * - bulkFindForValidation returns only visible documents (Strapi checks the type, not the records);
 * - the homepage document count counts only visible records.
 */

type Ctx = any;
type Middleware = (ctx: Ctx, next: () => Promise<unknown>) => Promise<unknown>;

function guardContext(strapi: Core.Strapi, ability: any): QueryGuardContext {
  return { catalog: buildCatalog(strapi), canRead: (uid, field) => ability.can('plugin::content-manager.explorer.read', uid, field) };
}

function relationTarget(strapi: Core.Strapi, model: string, field: string): string | undefined {
  const attribute: any = (strapi.getModel(model as any) as any)?.attributes?.[field];
  return attribute?.type === 'relation' ? attribute.target : undefined;
}

/** Rewrites ctx.query's filters, sort and (optionally) _q for the type they apply to. */
function guardQuery(strapi: Core.Strapi, ctx: Ctx, uid: string, { search }: { search: boolean }): void {
  const ability = ctx.state.userAbility;
  const guard = guardContext(strapi, ability);
  if (!guard.catalog.contentTypes[uid]) return;
  const query = { ...(ctx.query ?? {}) };
  let changed = false;
  if (query.filters !== undefined) {
    const filters = guardFilters(query.filters, uid, guard);
    if (JSON.stringify(filters) !== JSON.stringify(query.filters)) {
      changed = true;
      if (filters === undefined) delete query.filters;
      else query.filters = filters;
    }
  }
  if (query.sort !== undefined) {
    const sort = guardSort(query.sort, uid, guard);
    if ((sort?.length ?? 0) !== sortEntries(query.sort).length) {
      changed = true;
      if (sort === undefined) delete query.sort;
      else query.sort = sort;
    }
  }
  if (search && typeof query._q === 'string' && query._q !== '') {
    const replacement = guardSearch(query._q, uid, guard);
    if (replacement) {
      changed = true;
      delete query._q;
      query.filters = andFilters(query.filters as any, replacement);
    }
  }
  if (changed) ctx.query = query;
}

async function guardBody(strapi: Core.Strapi, ctx: Ctx, uid: string): Promise<void> {
  const body = ctx.body;
  if (!body || typeof body !== 'object') return;
  const ability = ctx.state.userAbility;
  const guard = {
    ...guardContext(strapi, ability),
    visibleIds: (related: string, ids: Array<number | string>) => visibleIdsFromAbility(strapi, ability, related, ids),
  };
  if (Array.isArray(body.results)) body.results = await guardRecords(body.results, uid, guard);
  if (body.data && typeof body.data === 'object' && !Array.isArray(body.data)) [body.data] = await guardRecords([body.data], uid, guard);
}

const EMPTY_PAGE = (ctx: Ctx) => ({
  results: [],
  pagination: { page: Number(ctx.query?.page) || 1, pageSize: Number(ctx.query?.pageSize) || 10, pageCount: 0, total: 0 },
});

function documentsMiddleware(strapi: Core.Strapi, { search }: { search: boolean }): Middleware {
  return async (ctx, next) => {
    const uid: string | undefined = ctx.params?.model;
    if (!ctx.state?.userAbility || !uid) return next();
    guardQuery(strapi, ctx, uid, { search });
    await next();
    await guardBody(strapi, ctx, uid);
  };
}

function relationPickerMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const { model, targetField } = ctx.params ?? {};
    const target = model && targetField ? relationTarget(strapi, model, targetField) : undefined;
    if (!ctx.state?.userAbility || !target) return next();
    if (filterFromAbility(strapi, ctx.state.userAbility, target) === null) {
      ctx.body = EMPTY_PAGE(ctx);
      return undefined;
    }
    guardQuery(strapi, ctx, target, { search: false });
    return next();
  };
}

function bulkFindMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const uid: string | undefined = ctx.params?.model;
    const body = ctx.request?.body;
    if (!ctx.state?.userAbility || !uid || !Array.isArray(body?.documentIds)) return next();
    const filter = filterFromAbility(strapi, ctx.state.userAbility, uid);
    if (filter !== null && Object.keys(filter).length > 0) {
      const rows = await strapi.db.query(uid as any).findMany({
        where: toWhere(strapi, uid, andFilters({ documentId: { $in: body.documentIds } }, filter)),
        select: ['documentId'],
      });
      body.documentIds = [...new Set(rows.map((row: any) => row.documentId))];
    }
    await next();
    await guardBody(strapi, ctx, uid);
  };
}

/** The homepage "documents" count, minus the records of types the caller sees only in part. */
function homepageCountMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    await next();
    const ability = ctx.state?.userAbility;
    const counts = ctx.body?.data;
    if (!ability || !counts || typeof counts.published !== 'number') return;
    const catalog = buildCatalog(strapi);
    for (const uid of Object.keys(catalog.contentTypes)) {
      const model: any = strapi.getModel(uid as any);
      if (model?.options?.draftAndPublish) continue;
      const filter = filterFromAbility(strapi, ability, uid);
      if (filter === null || Object.keys(filter).length === 0) continue;
      const [all, visible] = await Promise.all([
        strapi.db.query(uid as any).count({}),
        strapi.db.query(uid as any).count({ where: toWhere(strapi, uid, filter) }),
      ]);
      counts.published = Math.max(0, counts.published - (Number(all) - Number(visible)));
    }
  };
}

interface RouteLike {
  method: string;
  path: string;
  handler: string;
  config?: { middlewares?: unknown[]; [key: string]: unknown };
}

function addMiddleware(route: RouteLike, middleware: Middleware): void {
  route.config = route.config ?? {};
  route.config.middlewares = [...(route.config.middlewares ?? []), middleware];
}

/** Which guard a content-manager route gets, by its handler. */
function middlewareFor(strapi: Core.Strapi, route: RouteLike): Middleware | null {
  const handler = route.handler;
  if (handler === 'relations.findAvailable') return relationPickerMiddleware(strapi);
  if (handler === 'collection-types.bulkFindForValidation') return bulkFindMiddleware(strapi);
  if (handler === 'homepage.getCountDocuments') return homepageCountMiddleware(strapi);
  if (handler === 'collection-types.find') return documentsMiddleware(strapi, { search: true });
  if (/^(collection-types|single-types)\./.test(handler) && route.path.includes(':model')) return documentsMiddleware(strapi, { search: false });
  if (handler === 'relations.findExisting') return relationPickerQueryOnly(strapi);
  return null;
}

/** Existing relations of one record: Strapi shows ids only for records you may not read; just guard the query. */
function relationPickerQueryOnly(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const { model, targetField } = ctx.params ?? {};
    const target = model && targetField ? relationTarget(strapi, model, targetField) : undefined;
    if (ctx.state?.userAbility && target) guardQuery(strapi, ctx, target, { search: false });
    return next();
  };
}

/** Adds the guards to the content manager's admin routes. Call in register(), before routes are built. */
export function guardContentManager(strapi: Core.Strapi): number {
  const routers: any = strapi.plugin('content-manager')?.routes ?? {};
  let guarded = 0;
  const list: RouteLike[] = Array.isArray(routers) ? routers : Object.values<any>(routers).flatMap((router) => router?.routes ?? []);
  for (const route of list) {
    const middleware = middlewareFor(strapi, route);
    if (!middleware) continue;
    addMiddleware(route, middleware);
    guarded += 1;
  }
  return guarded;
}

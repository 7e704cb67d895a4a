import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { keysValidationError } from '../document-middlewares/validation-error';
import { placeRouteMiddleware } from './admin-route-guard';
import { buildCatalog } from './build-catalog';
import { guardFilters, guardSearch, guardSort, QueryGuardContext, Refusal } from './query-guard';
import { guardRecords, ResponseGuardContext } from './response-guard';
import { setListFilters } from './scoped-list-filters';
import { andFilters, filterFromAbility, Filters, toWhere, visibleIdsFromAbility } from './visibility';
import { knownReadableIds } from './visible-in-request';

/**
 * Guards on the content manager's routes (route middlewares, after authentication, with the caller's
 * ability), for what Strapi leaves open under ownership conditions:
 * - a list's filters, sort and `_q` are checked step by step across relations (query-guard.ts): refused
 *   when they touch what the caller may not read, scoped to visible records where they step into a type
 *   the caller sees in part;
 * - every response is trimmed by one filter (response-guard.ts): records the caller may not see go (or,
 *   inside a record, shrink to their ids), fields the caller may not read go;
 * - the relation picker offers nothing of a type the caller cannot read at all, existing relations list
 *   only visible records, and bulk actions and counts look only at visible documents, so a made-up id and
 *   a hidden one answer alike.
 */

type Ctx = any;
type Middleware = (ctx: Ctx, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * What a caller's ability answers, kept with the ability: it lives as long as the caller's rights do not change
 * (cached-authentication.ts keeps one per caller and access generation), and a list page asks it the same
 * questions for every field of every row.
 */
const answersByAbility = new WeakMap<object, { readable: Map<string, boolean>; filters: Map<string, Filters | null> }>();

function answersOf(ability: any) {
  if (ability === null || typeof ability !== 'object') return { readable: new Map<string, boolean>(), filters: new Map<string, Filters | null>() };
  let answers = answersByAbility.get(ability);
  if (!answers) answersByAbility.set(ability, (answers = { readable: new Map(), filters: new Map() }));
  return answers;
}

function queryContext(strapi: Core.Strapi, ability: any): QueryGuardContext {
  const { readable, filters } = answersOf(ability);
  return {
    catalog: buildCatalog(strapi),
    canRead: (uid, field) => {
      const key = `${uid}\u0000${field}`;
      let answer = readable.get(key);
      if (answer === undefined) readable.set(key, (answer = Boolean(ability.can('plugin::content-manager.explorer.read', uid, field))));
      return answer;
    },
    // a copy: callers build their queries from it
    visibility: (uid) => {
      if (!filters.has(uid)) filters.set(uid, filterFromAbility(strapi, ability, uid));
      const filter = filters.get(uid)!;
      return filter === null ? null : structuredClone(filter);
    },
  };
}

function responseContext(strapi: Core.Strapi, ability: any): ResponseGuardContext {
  return {
    ...queryContext(strapi, ability),
    visibleIds: async (uid, ids) => knownReadableIds(strapi, ability, uid, ids) ?? visibleIdsFromAbility(strapi, ability, uid, ids),
  };
}

/** The caller's read rule of a type (a copy), kept with their ability: `{}` all, null none. */
export function readRuleOf(strapi: Core.Strapi, ability: any, uid: string): Filters | null {
  return queryContext(strapi, ability).visibility(uid);
}

function refuse(refused: Refusal[]): never {
  throw keysValidationError('query.invalid', refused.map((r) => ({ ...r, key: r.path })));
}

function relationTarget(strapi: Core.Strapi, model: string, field: string): string | undefined {
  const attribute: any = (strapi.getModel(model as any) as any)?.attributes?.[field];
  return attribute?.type === 'relation' ? attribute.target : undefined;
}

/** A list's filters, sort and search: checked here, the filters carried past Strapi's sanitizer to the document query. */
function guardListQuery(strapi: Core.Strapi, ctx: Ctx, uid: string): void {
  const guard = queryContext(strapi, ctx.state.userAbility);
  if (!guard.catalog.contentTypes[uid]) return;
  const query = { ...(ctx.query ?? {}) };
  const refused: Refusal[] = [];
  let filters: unknown;
  if (query.filters !== undefined) {
    const checked = guardFilters(query.filters, uid, guard);
    refused.push(...checked.refused);
    filters = checked.filters;
    delete query.filters;
  }
  if (query.sort !== undefined) {
    const checked = guardSort(query.sort, uid, guard);
    refused.push(...checked.refused);
    query.sort = checked.sort;
  }
  if (refused.length > 0) refuse(refused);
  if (typeof query._q === 'string' && query._q !== '') {
    const replacement = guardSearch(query._q, uid, guard);
    if (replacement) {
      delete query._q;
      filters = andFilters(filters as Filters, replacement);
    }
  }
  if (filters !== undefined) setListFilters(ctx.state, { uid, filters: filters as Filters });
  ctx.query = query;
}

async function trimBody(strapi: Core.Strapi, ctx: Ctx, uid: string, { dropHidden, rootsVisible = false }: { dropHidden: boolean; rootsVisible?: boolean }): Promise<void> {
  const body = ctx.body;
  if (!body || typeof body !== 'object') return;
  const guard = { ...responseContext(strapi, ctx.state.userAbility), dropHidden, rootsVisible };
  if (Array.isArray(body.results)) body.results = await guardRecords(body.results, uid, guard);
  if (body.data && typeof body.data === 'object' && !Array.isArray(body.data)) {
    const [kept] = await guardRecords([body.data], uid, guard);
    if (!kept) throw new errors.NotFoundError('Document not found');
    body.data = kept;
  }
}

/** An empty page of a list or picker, as Strapi answers one. */
export const EMPTY_PAGE = (ctx: Ctx) => ({
  results: [],
  pagination: { page: Number(ctx.query?.page) || 1, pageSize: Number(ctx.query?.pageSize) || 10, pageCount: 0, total: 0 },
});

/** Lists, single records, writes: the model's records in and out. */
function documentsMiddleware(strapi: Core.Strapi, { list }: { list: boolean }): Middleware {
  return async (ctx, next) => {
    const uid: string | undefined = ctx.params?.model;
    if (!ctx.state?.userAbility || !uid) return next();
    if (list) guardListQuery(strapi, ctx, uid);
    await next();
    // a list's rows were read with the caller's permission conditions in the query
    await trimBody(strapi, ctx, uid, { dropHidden: true, rootsVisible: list });
  };
}

/**
 * A relation field the caller may not read is refused before Strapi sees it: Strapi's relation handlers
 * answer it with a 500 (their forbidden branch returns nothing to a caller that expects the request info).
 */
function assertFieldReadable(strapi: Core.Strapi, ctx: Ctx, model: string, field: string): void {
  const source: any = strapi.getModel(model as any);
  if (source?.modelType === 'contentType' && !ctx.state.userAbility.can('plugin::content-manager.explorer.read', model, field)) {
    throw new errors.ForbiddenError('this relation field is not readable');
  }
}

function relationPickerMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const { model, targetField } = ctx.params ?? {};
    const target = model && targetField ? relationTarget(strapi, model, targetField) : undefined;
    if (!ctx.state?.userAbility || !target) return next();
    assertFieldReadable(strapi, ctx, model, targetField);
    if (filterFromAbility(strapi, ctx.state.userAbility, target) === null) {
      ctx.body = EMPTY_PAGE(ctx);
      return undefined;
    }
    await next();
    await trimBody(strapi, ctx, target, { dropHidden: true });
  };
}

/** Only visible documentIds reach the handler: a hidden id and a made-up one answer alike. */
async function visibleDocumentIds(strapi: Core.Strapi, ability: any, uid: string, documentIds: unknown[], action?: string): Promise<string[]> {
  const wanted = documentIds.filter((id): id is string => typeof id === 'string');
  const filter = filterFromAbility(strapi, ability, uid, action);
  if (filter === null || wanted.length === 0) return [];
  const rows = await strapi.db.query(uid as any).findMany({ where: toWhere(strapi, uid, andFilters({ documentId: { $in: wanted } }, filter)), select: ['documentId'] });
  return [...new Set(rows.map((row: any) => row.documentId as string))];
}

function bodyDocumentIdsMiddleware(strapi: Core.Strapi, action?: string): Middleware {
  return async (ctx, next) => {
    const uid: string | undefined = ctx.params?.model;
    const body = ctx.request?.body;
    if (!ctx.state?.userAbility || !uid || !Array.isArray(body?.documentIds)) return next();
    body.documentIds = await visibleDocumentIds(strapi, ctx.state.userAbility, uid, body.documentIds, action);
    await next();
    await trimBody(strapi, ctx, uid, { dropHidden: true });
  };
}

function queryDocumentIdsMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const uid: string | undefined = ctx.params?.model;
    if (!ctx.state?.userAbility || !uid) return next();
    const ids = ctx.query?.documentIds;
    const visible = await visibleDocumentIds(strapi, ctx.state.userAbility, uid, Array.isArray(ids) ? ids : [ids]);
    if (visible.length === 0) throw new errors.NotFoundError('Not Found');
    ctx.query = { ...ctx.query, documentIds: visible };
    return next();
  };
}

/** Existing relations of one record: only the related records the caller may see (Strapi would list the others' ids). */
function existingRelationsMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    const { model, targetField } = ctx.params ?? {};
    const target = model && targetField ? relationTarget(strapi, model, targetField) : undefined;
    if (ctx.state?.userAbility && target) assertFieldReadable(strapi, ctx, model, targetField);
    await next();
    if (ctx.state?.userAbility && target) await trimBody(strapi, ctx, target, { dropHidden: true });
  };
}

/** The homepage document count, minus the records of types the caller sees only in part. */
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

/** Recently changed documents of every type: only the visible ones. */
function recentDocumentsMiddleware(strapi: Core.Strapi): Middleware {
  return async (ctx, next) => {
    await next();
    const ability = ctx.state?.userAbility;
    const items: any[] | undefined = ctx.body?.data;
    if (!ability || !Array.isArray(items)) return;
    const byType = new Map<string, string[]>();
    for (const item of items) byType.set(item.contentTypeUid, [...(byType.get(item.contentTypeUid) ?? []), item.documentId]);
    const visible = new Set<string>();
    for (const [uid, ids] of byType) for (const id of await visibleDocumentIds(strapi, ability, uid, ids)) visible.add(`${uid} ${id}`);
    ctx.body.data = items.filter((item) => visible.has(`${item.contentTypeUid} ${item.documentId}`));
  };
}

const DELETE = 'plugin::content-manager.explorer.delete';

/** Which guard a content-manager route gets, by its handler. */
function middlewareFor(strapi: Core.Strapi, handler: string): Middleware | null {
  switch (handler) {
    case 'relations.findAvailable':
      return relationPickerMiddleware(strapi);
    case 'relations.findExisting':
      return existingRelationsMiddleware(strapi);
    case 'collection-types.bulkFindForValidation':
      return bodyDocumentIdsMiddleware(strapi);
    case 'collection-types.bulkDelete':
      return bodyDocumentIdsMiddleware(strapi, DELETE);
    case 'collection-types.countManyEntriesDraftRelations':
      return queryDocumentIdsMiddleware(strapi);
    case 'homepage.getCountDocuments':
      return homepageCountMiddleware(strapi);
    case 'homepage.getRecentDocuments':
      return recentDocumentsMiddleware(strapi);
    case 'collection-types.find':
      return documentsMiddleware(strapi, { list: true });
    default:
      return /^(collection-types|single-types)\./.test(handler) ? documentsMiddleware(strapi, { list: false }) : null;
  }
}

interface RouteLike {
  handler: string;
  config?: { middlewares?: unknown[]; [key: string]: unknown };
}

/** Adds the guards to the content manager's admin routes. Call in register(), before routes are built. */
export function guardContentManager(strapi: Core.Strapi, routes: RouteLike[]): number {
  let guarded = 0;
  for (const route of routes) {
    const middleware = middlewareFor(strapi, route.handler);
    if (!middleware) continue;
    placeRouteMiddleware(route, 'content-manager-guard', middleware, 'last');
    guarded += 1;
  }
  return guarded;
}

import type { Core, Modules } from '@strapi/strapi';
import { referenceColumnsOf } from '../access/access-columns';
import { toWhere } from '../access/visibility';
import { lookupKey, referenceLookups, rewriteReferenceFilters } from '../domain/lists/reference-filters';

const READS = new Set(['findMany', 'findFirst', 'count']);
/**
 * A GET request's lookups, as promises: a list page counts and reads with the same filter at the same time
 * (Strapi's findPage), one lookup answers both.
 */
const ANSWERS_OF_REQUEST = Symbol('vitrylo.referenceLookups');

function answersOfThisRequest(strapi: Core.Strapi): Map<string, Promise<number[]>> | null {
  const ctx: any = (strapi as any).requestContext?.get?.();
  // a request that writes may change what it looked up (a client's manager), so only reads keep answers
  if (!ctx?.state || ctx.method !== 'GET') return null;
  return (ctx.state[ANSWERS_OF_REQUEST] ??= new Map<string, Promise<number[]>>());
}

/**
 * A read filtered by a related record that has a reference column ("the interactions of this client")
 * filters on that column instead of the link table (src/domain/lists/reference-filters.ts): the panel's
 * chronicle of one client becomes one index range however long the client's history is. The named client
 * is looked up once, with whatever else the filter asks of it (the caller's visibility of clients).
 */
export const referenceFilters = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  const columns = referenceColumnsOf(ctx.uid);
  const params = ctx.params as { filters?: unknown };
  if (columns.length === 0 || !READS.has(ctx.action) || !params.filters) return next();
  const attributes: any = strapi.db.metadata.get(ctx.uid as any).attributes;
  const rowIds = new Map<string, number[]>();
  const answered = answersOfThisRequest(strapi);
  for (const lookup of referenceLookups(params.filters, columns)) {
    const target: string = attributes[lookup.relation].target;
    const key = `${target}:${lookupKey(lookup)}`;
    let ids = answered?.get(key);
    if (!ids) {
      const filters = { $and: [{ [lookup.key]: { $in: lookup.values } }, ...lookup.conditions] };
      ids = strapi.db.query(target as any).findMany({ where: toWhere(strapi, target, filters), select: ['id'] }).then((rows: any[]) => rows.map((row) => Number(row.id)));
      answered?.set(key, ids);
    }
    rowIds.set(lookupKey(lookup), [...(await ids)]);
  }
  params.filters = rewriteReferenceFilters(params.filters, columns, (lookup) => rowIds.get(lookupKey(lookup)) ?? []);
  return next();
};

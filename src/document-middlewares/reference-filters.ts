import type { Core, Modules } from '@strapi/strapi';
import { referenceColumnsOf } from '../access/access-columns';
import { toWhere } from '../access/visibility';
import { lookupKey, referenceLookups, rewriteReferenceFilters } from '../domain/lists/reference-filters';

const READS = new Set(['findMany', 'findFirst', 'count']);

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
  for (const lookup of referenceLookups(params.filters, columns)) {
    const target: string = attributes[lookup.relation].target;
    const filters = { $and: [{ [lookup.key]: { $in: lookup.values } }, ...lookup.conditions] };
    const rows: any[] = await strapi.db.query(target as any).findMany({ where: toWhere(strapi, target, filters), select: ['id'] });
    rowIds.set(lookupKey(lookup), rows.map((row) => Number(row.id)));
  }
  params.filters = rewriteReferenceFilters(params.filters, columns, (lookup) => rowIds.get(lookupKey(lookup)) ?? []);
  return next();
};

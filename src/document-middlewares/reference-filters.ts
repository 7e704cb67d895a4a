import type { Core, Modules } from '@strapi/strapi';
import { referenceColumnsOf } from '../access/access-columns';
import { referencedDocumentIds, rewriteReferenceFilters } from '../domain/lists/reference-filters';

const READS = new Set(['findMany', 'findFirst', 'count']);

/**
 * A read filtered by a related record that has a reference column ("the interactions of this client")
 * filters on that column instead of the link table (src/domain/lists/reference-filters.ts): the panel's
 * chronicle of one client becomes one index range however long the client's history is.
 */
export const referenceFilters = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  const columns = referenceColumnsOf(ctx.uid);
  const params = ctx.params as { filters?: unknown };
  if (columns.length === 0 || !READS.has(ctx.action) || !params.filters) return next();
  const named = referencedDocumentIds(params.filters, columns);
  const rowIds = new Map<string, number[]>();
  const attributes: any = strapi.db.metadata.get(ctx.uid as any).attributes;
  for (const [relation, documentIds] of named) {
    const rows: any[] = await strapi.db.query(attributes[relation].target).findMany({ where: { documentId: { $in: [...documentIds] } }, select: ['id', 'documentId'] });
    for (const row of rows) rowIds.set(`${relation}:${row.documentId}`, [...(rowIds.get(`${relation}:${row.documentId}`) ?? []), Number(row.id)]);
  }
  params.filters = rewriteReferenceFilters(params.filters, columns, (relation, documentId) => rowIds.get(`${relation}:${documentId}`) ?? []);
  return next();
};

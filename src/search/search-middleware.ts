import type { Core, Modules } from '@strapi/strapi';
import { normalizeSearchQuery } from '../domain/search';
import { staffRequest } from '../access/staff-request';
import { refreshSearchText } from './search-column';
import { searchFilter } from './search-clause';
import { SEARCH_ATTRIBUTE, searchFieldsOf } from './searchable-types';

const WRITES = new Set(['create', 'update']);
const READS = new Set(['findMany', 'count']);

/**
 * Document middleware of the search column: after a write of a searchable record its search text is
 * rewritten in the write's transaction; a list's search (`_q`) on such a type becomes one substring match
 * on that column (plus the id for a whole number, and a counterparty's contact persons' phones and
 * e-mails, search-clause.ts) instead of Strapi's match on every text column, which no
 * index can serve. The content-manager guard has already checked the caller may read every searched field
 * (otherwise it replaced `_q` with a search of the readable fields only).
 */
export function searchColumnMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    const fields = searchFieldsOf(ctx.uid);
    if (!fields) return next();
    const params = ctx.params as Record<string, any>;
    if (READS.has(ctx.action) && typeof params._q === 'string') {
      const query = normalizeSearchQuery(params._q);
      delete params._q;
      if (query === '') return next();
      const match = await searchFilter(strapi, ctx.uid, query, (await staffRequest(strapi))?.ability ?? null);
      params.filters = params.filters ? { $and: [params.filters, match] } : match;
      return next();
    }
    if (!WRITES.has(ctx.action)) return next();
    if (params.data && SEARCH_ATTRIBUTE in params.data) delete params.data[SEARCH_ATTRIBUTE];
    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId = params.documentId ?? result?.documentId;
      if (documentId) {
        const rows = await strapi.db.query(ctx.uid as any).findMany({ where: { documentId }, select: ['id'] });
        await refreshSearchText(strapi, ctx.uid, rows.map((row: any) => row.id));
      }
      return result;
    });
  };
}

import type { Core, Modules } from '@strapi/strapi';
import { LIST_COUNT_CAP, reportedTotal } from '../domain/lists/capped-count';

const LIST_ROUTE = /^\/content-manager\/collection-types\/[^/]+\/?$/;

/**
 * The content manager's list asks for the exact number of matching records on every page: on a big table
 * that count reads every visible row and costs more than the page itself. For the panel's list requests
 * the count reads at most LIST_COUNT_CAP + 1 ids with the same filters (src/domain/lists/capped-count.ts);
 * the panel shows "понад 10 000" for the capped total. Counts asked for elsewhere stay exact.
 */
export const cappedListCount = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  if (ctx.action !== 'count') return next();
  const request = (strapi as any).requestContext?.get?.()?.request;
  if (!request || request.method !== 'GET' || !LIST_ROUTE.test(request.path)) return next();
  // the same filters, search, locale and status; only the paging and what is read differ
  const { page, pageSize, start, limit, populate, sort, fields, ...same } = ctx.params as Record<string, any>;
  const found = await strapi.documents(ctx.uid).findMany({ ...same, fields: ['id'], start: 0, limit: LIST_COUNT_CAP + 1 } as any);
  return reportedTotal(found.length);
};

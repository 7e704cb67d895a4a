import type { Core, Modules } from '@strapi/strapi';
import { populateForColumns } from '../domain/lists/list-populate';
import { isContentManagerListRequest } from './content-manager-list';

/**
 * A panel list page populates only the relations its columns show (src/domain/lists/list-populate.ts). The
 * columns are read from the list view's stored configuration on each request, so a column an administrator
 * adds in "Налаштувати вигляд" shows its values at once, in every process.
 */
export const listViewPopulate = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  if (ctx.action !== 'findMany' || !isContentManagerListRequest(strapi, ctx.uid)) return next();
  const params = ctx.params as { populate?: unknown };
  const populate = params.populate;
  if (!populate || typeof populate !== 'object' || Array.isArray(populate)) return next();
  const columns = await listColumns(strapi, ctx.uid);
  if (columns) params.populate = populateForColumns(populate as Record<string, unknown>, columns);
  return next();
};

async function listColumns(strapi: Core.Strapi, uid: string): Promise<string[] | null> {
  const contentType = strapi.getModel(uid as any);
  if (!contentType) return null;
  const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(contentType);
  const list = configuration?.layouts?.list;
  return Array.isArray(list) && list.length > 0 ? list.map(String) : null;
}

import type { Core, Modules } from '@strapi/strapi';
import { requestGeneration } from '../access/access-generation';
import { GenerationCache } from '../domain/security/generation-cache';
import { ListColumn, populateForColumns } from '../domain/lists/list-populate';
import { isContentManagerListRequest } from './content-manager-list';

/**
 * A panel list page populates only the relations its columns show (src/domain/lists/list-populate.ts). The
 * columns come from the list view's stored configuration, kept under the access generation the request read
 * (a stored setting written through any process moves it on), so a column an administrator adds in
 * "Налаштувати вигляд" shows its values at the next request, in every process.
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

const columnsKept = new WeakMap<object, GenerationCache<ListColumn[] | null>>();

async function listColumns(strapi: Core.Strapi, uid: string): Promise<ListColumn[] | null> {
  const generation = requestGeneration(strapi);
  let kept = columnsKept.get(strapi);
  if (!kept) columnsKept.set(strapi, (kept = new GenerationCache(500)));
  const known = generation === null ? undefined : kept.get(uid, generation);
  if (known !== undefined) return known;
  const columns = await storedListColumns(strapi, uid);
  if (generation !== null) kept.set(uid, generation, columns);
  return columns;
}

/** The list view's columns and, for a relation, the field its cell shows (the panel takes the edit view's main field). */
async function storedListColumns(strapi: Core.Strapi, uid: string): Promise<ListColumn[] | null> {
  const contentType = strapi.getModel(uid as any);
  if (!contentType) return null;
  const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(contentType);
  const list = configuration?.layouts?.list;
  if (!Array.isArray(list) || list.length === 0) return null;
  return list.map(String).map((name) => {
    const mainField = configuration?.metadatas?.[name]?.edit?.mainField;
    return typeof mainField === 'string' && mainField ? { name, mainField } : { name };
  });
}

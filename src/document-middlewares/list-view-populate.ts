import type { Core, Modules } from '@strapi/strapi';
import { requestGeneration } from '../access/access-generation';
import { GenerationCache } from '../domain/security/generation-cache';
import { columnsShown, DISPLAYED_COLUMNS_HEADER, ListView, populateForColumns, requestedColumns } from '../domain/lists/list-populate';
import { isContentManagerListRequest } from './content-manager-list';

/**
 * A panel list page populates only the relations its columns show (src/domain/lists/list-populate.ts): the
 * list view's stored columns and those the person switched on in the list's "Показані поля" menu, which the
 * panel names in a request header (src/admin/lists/displayed-columns.ts). The stored view is kept under the
 * access generation the request read (a stored setting written through any process moves it on), so a
 * column an administrator adds in "Налаштувати вигляд" shows its values at the next request, in every process.
 */
export const listViewPopulate = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => async (ctx, next) => {
  if (ctx.action !== 'findMany' || !isContentManagerListRequest(strapi, ctx.uid)) return next();
  const params = ctx.params as { populate?: unknown };
  const populate = params.populate;
  if (!populate || typeof populate !== 'object' || Array.isArray(populate)) return next();
  const view = await listView(strapi, ctx.uid);
  if (view) {
    const header = (strapi as any).requestContext?.get?.()?.request?.header?.[DISPLAYED_COLUMNS_HEADER];
    params.populate = populateForColumns(populate as Record<string, unknown>, columnsShown(view, requestedColumns(header)));
  }
  return next();
};

const viewsKept = new WeakMap<object, GenerationCache<ListView | null>>();

/** The type's stored list view (its columns, each relation's main field), kept under the access generation. */
export async function listView(strapi: Core.Strapi, uid: string): Promise<ListView | null> {
  const generation = requestGeneration(strapi);
  let kept = viewsKept.get(strapi);
  if (!kept) viewsKept.set(strapi, (kept = new GenerationCache(500)));
  const known = generation === null ? undefined : kept.get(uid, generation);
  if (known !== undefined) return known;
  const view = await storedListView(strapi, uid);
  if (generation !== null) kept.set(uid, generation, view);
  return view;
}

/** The list view's columns and, for every relation, the field its cell shows (the panel takes the edit view's main field). */
async function storedListView(strapi: Core.Strapi, uid: string): Promise<ListView | null> {
  const contentType = strapi.getModel(uid as any);
  if (!contentType) return null;
  const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(contentType);
  const list = configuration?.layouts?.list;
  if (!Array.isArray(list) || list.length === 0) return null;
  const mainFields: Record<string, string> = {};
  for (const [name, metadata] of Object.entries<any>(configuration?.metadatas ?? {})) {
    const mainField = metadata?.edit?.mainField;
    if (typeof mainField === 'string' && mainField) mainFields[name] = mainField;
  }
  return { columns: list.map(String).map((name) => (mainFields[name] ? { name, mainField: mainFields[name] } : { name })), mainFields };
}

import type { Core } from '@strapi/strapi';
import { contentTypes as contentTypeUtils } from '@strapi/utils';
import type { AttributeInfo, ModelInfo, SchemaCatalog } from './catalog';

const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

function modelInfo(model: any): ModelInfo {
  const nonVisible = new Set<string>(contentTypeUtils.getNonVisibleAttributes(model));
  const attributes: Record<string, AttributeInfo> = {};
  const hidden: Record<string, AttributeInfo> = {};
  for (const [name, attribute] of Object.entries<any>(model.attributes)) {
    const info = { type: attribute.type, target: attribute.target, component: attribute.component, repeatable: attribute.repeatable };
    if (!nonVisible.has(name)) attributes[name] = info;
    else if (!SYSTEM.has(name)) hidden[name] = info;
  }
  return { uid: model.uid, attributes, hidden };
}

let cached: { strapi: Core.Strapi; catalog: SchemaCatalog } | null = null;

/** Vitrylo's content types (`api::*`) and their components, from the running app. */
export function buildCatalog(strapi: Core.Strapi): SchemaCatalog {
  if (cached?.strapi === strapi) return cached.catalog;
  const contentTypes: Record<string, ModelInfo> = {};
  for (const model of Object.values<any>(strapi.contentTypes)) if (model.uid.startsWith('api::')) contentTypes[model.uid] = modelInfo(model);
  const components: Record<string, ModelInfo> = {};
  for (const model of Object.values<any>(strapi.components)) components[model.uid] = modelInfo(model);
  const catalog = { contentTypes, components };
  cached = { strapi, catalog };
  return catalog;
}

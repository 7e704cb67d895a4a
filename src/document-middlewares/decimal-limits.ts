import type { Core } from '@strapi/strapi';
import { decimalKindOf } from '../type-meta';
import { checkDecimalFields, DecimalFieldsCatalog, DecimalFieldsModel, DecimalKind } from '../domain/money';
import { DocumentMiddlewareFactory, writtenData } from './types';
import { toValidationError } from './validation-error';

/**
 * Every decimal written through the Document Service must fit the column of its kind (amount, quantity,
 * rate): over the limit it is a 400 naming the field ('payment amount', 'costs[0].amount'), never the
 * database's overflow (a 500 on PostgreSQL) or a silently rounded value (SQLite, or 2.125 → 2.13).
 * Accepted values are written as their exact decimal text.
 */
export const decimalLimits: DocumentMiddlewareFactory = (strapi) => {
  let catalog: DecimalFieldsCatalog | null = null;
  return async (ctx, next) => {
    const data = writtenData(ctx);
    if (!data) return next();
    catalog ??= decimalFieldsCatalog(strapi);
    if (!catalog[ctx.uid]) return next();
    const checked = checkDecimalFields(data, ctx.uid, catalog);
    if (checked.issues.length > 0) throw toValidationError(checked.issues, { uid: ctx.uid });
    // In place: outer middlewares keep a reference to this object.
    Object.assign(data, checked.data);
    return next();
  };
};

/** Content types and components that hold decimals, directly or in their components. */
function decimalFieldsCatalog(strapi: Core.Strapi): DecimalFieldsCatalog {
  const catalog: Record<string, DecimalFieldsModel> = {};
  const models = [...Object.values<any>(strapi.contentTypes), ...Object.values<any>(strapi.components)];
  for (const model of models) {
    const decimals: Record<string, DecimalKind> = {};
    const components: Record<string, string> = {};
    const dynamicZones: string[] = [];
    for (const [name, attribute] of Object.entries<any>(model.attributes)) {
      if (attribute.type === 'decimal') {
        const kind = decimalKindOf(model.uid, name);
        // Unclassified decimals are caught by a unit test; at run time they are left to the database.
        if (kind) decimals[name] = kind;
      } else if (attribute.type === 'component') components[name] = attribute.component;
      else if (attribute.type === 'dynamiczone') dynamicZones.push(name);
    }
    if (Object.keys(decimals).length + Object.keys(components).length + dynamicZones.length > 0) {
      catalog[model.uid] = { decimals, components, dynamicZones };
    }
  }
  return catalog;
}

import type { Core } from '@strapi/strapi';
import { visibleIdsFromAbility, type Visibility } from './visibility';

/**
 * The related records a custom route shows beside a record, cut to the caller's rights: a relation field
 * the caller may not read is left out; a related record they may not see becomes null (neither its name
 * nor its documentId leaves the server). `row[field]` is a populated to-one relation with at least its id.
 */
export async function visibleReferences(strapi: Core.Strapi, visibility: Visibility, uid: string, row: Record<string, any>, fields: readonly string[]): Promise<Record<string, any>> {
  const attributes: Record<string, any> = (strapi.getModel(uid as any) as any).attributes;
  const shown: Record<string, any> = {};
  for (const field of fields) {
    if (!visibility.can(uid, field)) continue;
    const value = row[field];
    if (!value?.id) {
      shown[field] = null;
      continue;
    }
    const visible = await visibleIdsFromAbility(strapi, visibility.ability, attributes[field].target, [value.id]);
    shown[field] = visible.has(value.id) ? value : null;
  }
  return shown;
}

/** The scalar fields of a row the caller may read (the rest left out). */
export function readableScalars(visibility: Visibility, uid: string, row: Record<string, any>, fields: readonly string[]): Record<string, any> {
  return Object.fromEntries(fields.filter((field) => field in row && visibility.can(uid, field)).map((field) => [field, row[field]]));
}

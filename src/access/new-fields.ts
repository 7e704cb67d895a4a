import type { Core } from '@strapi/strapi';
import { buildCatalog } from './build-catalog';
import { fieldPaths, SchemaCatalog } from './catalog';
import { rolePermissions } from './permission-sets';
import { RoleDefinition, ROLES } from './roles';
import BASELINE from './field-baseline.json';

/**
 * Fields a later version adds reach the staff roles of an existing installation. Roles belong to the
 * administrator once created, so only fields that are new to the schema are added — never a field the
 * administrator took away. "New" is measured against the fields seen at the last start (kept in the core
 * store); an installation that has never recorded them was made by version 0.1.0, whose fields are in
 * field-baseline.json. A new field goes to each existing permission whose role definition grants it
 * (money fields still not to roles that see no money).
 */

export type FieldsByType = Record<string, readonly string[]>;

const STORE = { type: 'plugin' as const, name: 'vitrylo', key: 'access-known-fields' };

/** Per type, the fields of `current` that `known` has not seen (types `known` lacks entirely are left to role additions). */
export function newFieldsSince(known: FieldsByType, current: FieldsByType): FieldsByType {
  const added: Record<string, string[]> = {};
  for (const [uid, fields] of Object.entries(current)) {
    if (!known[uid]) continue;
    const seen = new Set(known[uid]);
    const fresh = fields.filter((field) => !seen.has(field));
    if (fresh.length > 0) added[uid] = fresh;
  }
  return added;
}

export function currentFields(catalog: SchemaCatalog): FieldsByType {
  return Object.fromEntries(Object.keys(catalog.contentTypes).map((uid) => [uid, fieldPaths(catalog, uid)]));
}

interface StoredPermission {
  id: number;
  action: string;
  subject: string | null;
  properties?: { fields?: string[] };
}

/** The fields to add to one role's existing permissions: `permission id → fields`. */
export function fieldsToAdd(role: RoleDefinition, catalog: SchemaCatalog, added: FieldsByType, existing: StoredPermission[]): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const wanted of rolePermissions(role, catalog)) {
    const fresh = wanted.subject ? added[wanted.subject] : undefined;
    if (!fresh || !wanted.properties?.fields) continue;
    const stored = existing.find((p) => p.action === wanted.action && p.subject === wanted.subject);
    if (!stored?.properties?.fields) continue;
    const has = new Set(stored.properties.fields);
    const missing = wanted.properties.fields.filter((field) => fresh.includes(field) && !has.has(field));
    if (missing.length > 0) result.set(stored.id, [...stored.properties.fields, ...missing]);
  }
  return result;
}

export async function grantNewFields(strapi: Core.Strapi, roles: readonly RoleDefinition[] = ROLES): Promise<number> {
  const store = strapi.store(STORE);
  const catalog = buildCatalog(strapi);
  const current = currentFields(catalog);
  const known = ((await store.get({})) as FieldsByType | null) ?? (BASELINE as FieldsByType);
  const added = newFieldsSince(known, current);
  let granted = 0;
  if (Object.keys(added).length > 0) {
    for (const definition of roles) {
      const role: any = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
      if (!role) continue;
      const existing = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } })) as StoredPermission[];
      for (const [id, fields] of fieldsToAdd(definition, catalog, added, existing)) {
        const stored = existing.find((p) => p.id === id)!;
        await strapi.db.query('admin::permission').update({ where: { id }, data: { properties: { ...stored.properties, fields } } });
        granted += 1;
      }
    }
    strapi.log.info(`[access] new fields granted to staff roles: ${Object.entries(added).map(([uid, f]) => `${uid} ${f.join(', ')}`).join('; ')}`);
  }
  await store.set({ value: current });
  return granted;
}

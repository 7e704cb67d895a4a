import type { Core } from '@strapi/strapi';
import { buildCatalog } from './build-catalog';
import { rolePermissions } from './permission-sets';
import { RoleDefinition, ROLES } from './roles';

export interface EnsureRolesResult {
  created: string[];
  kept: string[];
}

async function findRole(strapi: Core.Strapi, definition: RoleDefinition) {
  return strapi.db.query('admin::role').findOne({ where: { $or: [{ code: definition.code }, { name: definition.name }] } });
}

/**
 * Creates the Vitrylo roles that are missing (matched by code or name) with their permissions. A role
 * that exists is left exactly as an administrator last saved it: permissions are written only on creation.
 */
export async function ensureRoles(strapi: Core.Strapi, definitions: readonly RoleDefinition[] = ROLES): Promise<EnsureRolesResult> {
  const result: EnsureRolesResult = { created: [], kept: [] };
  const catalog = buildCatalog(strapi);
  const roleService: any = strapi.service('admin::role');
  for (const definition of definitions) {
    if (await findRole(strapi, definition)) {
      result.kept.push(definition.code);
      continue;
    }
    const permissions = rolePermissions(definition, catalog);
    try {
      await strapi.db.transaction(async () => {
        const role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
        await roleService.assignPermissions(role.id, permissions);
      });
      result.created.push(definition.code);
    } catch (error) {
      // another instance booting at the same time may have created it
      if (await findRole(strapi, definition)) result.kept.push(definition.code);
      else throw error;
    }
  }
  if (result.created.length > 0) strapi.log.info(`[access] created roles: ${result.created.join(', ')}`);
  return result;
}

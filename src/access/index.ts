import { addAccessColumns } from './access-columns-schema';
import type { Core } from '@strapi/strapi';
import { adminRoutes, guardAdminRoutes } from './admin-route-guard';
import { guardContentManager } from './content-manager-guard';
import { registerConditions } from './register-conditions';
import { ensureRoles } from './ensure-roles';
import { applyRoleAdditions } from './role-additions';
import { grantNewFields } from './new-fields';
import { prepareAccessGeneration } from './access-generation';
import { cacheAuthentication } from './cached-authentication';
import { lightenPermissionsManagers } from './permissions-manager';

export { visibleFilter, visibilityFor, andFilters, toWhere } from './visibility';
export { ROLE_CODE } from './roles';

/**
 * register(): deny by default on the admin API, then the content manager's own guards (before routes are
 * built). The access rules inside the Document Service are registered with the other document middlewares
 * (src/document-middlewares), in their order.
 */
export function registerAccess(strapi: Core.Strapi): void {
  addAccessColumns(strapi);
  guardAdminRoutes(strapi);
  guardContentManager(strapi, adminRoutes(strapi).filter(({ name }) => name.startsWith('content-manager.')).map(({ route }) => route));
}

/**
 * bootstrap(): who a caller is kept between requests while nothing their rights come from changes, what a
 * caller may see of a record worked out in one walk and of a query remembered, the ownership conditions, the
 * staff roles that are missing, rights and fields added to roles since.
 */
export async function bootstrapAccess(strapi: Core.Strapi): Promise<void> {
  await prepareAccessGeneration(strapi);
  cacheAuthentication(strapi);
  lightenPermissionsManagers(strapi);
  await registerConditions(strapi);
  await ensureRoles(strapi);
  await applyRoleAdditions(strapi);
  await grantNewFields(strapi);
}

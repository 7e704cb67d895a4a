import type { Core } from '@strapi/strapi';
import { guardContentManager } from './content-manager-guard';
import { ownershipDefaultsMiddleware } from './ownership-defaults-middleware';
import { relationWriteGuard } from './relation-write-guard';
import { registerConditions } from './register-conditions';
import { ensureRoles } from './ensure-roles';
import { applyRoleAdditions } from './role-additions';

export { ensureDemoLogins } from './demo-logins';
export { visibleFilter, visibilityFor, andFilters, toWhere } from './visibility';
export { ROLE_CODE } from './roles';

/** register(): guards on the content manager's read paths (before routes are built); owners of new records; links only to visible records. */
export function registerAccess(strapi: Core.Strapi): void {
  guardContentManager(strapi);
  strapi.documents.use(ownershipDefaultsMiddleware(strapi));
  strapi.documents.use(relationWriteGuard(strapi));
}

/** bootstrap(): ownership conditions, the staff roles that are missing, rights added to roles since. */
export async function bootstrapAccess(strapi: Core.Strapi): Promise<void> {
  await registerConditions(strapi);
  await ensureRoles(strapi);
  await applyRoleAdditions(strapi);
}

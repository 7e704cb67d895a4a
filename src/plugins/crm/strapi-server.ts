/**
 * Vitrylo's server-only local plugin: admin HTTP routes under /crm/... Each route is one file in
 * server/routes/ declared with the kit (server/kit/route.ts: permission, validation, visibility) and listed
 * here; the CRM permission actions (server/kit/actions.ts) are registered with admin RBAC.
 */
import type { Core } from '@strapi/strapi';
import { actionProviderEntries } from './server/kit/actions';
import { buildRoutes } from './server/kit/route';
import auditEntries from './server/routes/audit-entries';
import system from './server/routes/system';

const { routes, controller } = buildRoutes({
  auditEntries,
  system,
});

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.service('admin::permission') as any).actionProvider.registerMany(actionProviderEntries());
  },
  bootstrap() {},
  controllers: { kit: controller },
  routes: { admin: { type: 'admin', routes } },
};

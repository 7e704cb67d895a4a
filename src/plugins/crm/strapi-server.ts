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
import homeMyClients from './server/routes/home-my-clients';
import homeMyContacts from './server/routes/home-my-contacts';
import homeMyRequests from './server/routes/home-my-requests';
import homeMyInvoices from './server/routes/home-my-invoices';
import homeTodaysRequests from './server/routes/home-todays-requests';
import homeWhereabouts from './server/routes/home-whereabouts';
import homeUnmatchedPayments from './server/routes/home-unmatched-payments';
import homeOverdueInvoices from './server/routes/home-overdue-invoices';
import homeCompany from './server/routes/home-company';
import homeMarketing from './server/routes/home-marketing';

const { routes, controller } = buildRoutes({
  auditEntries,
  system,
  // the home page's widgets, one route each (src/admin/home)
  homeMyClients,
  homeMyContacts,
  homeMyRequests,
  homeMyInvoices,
  homeTodaysRequests,
  homeWhereabouts,
  homeUnmatchedPayments,
  homeOverdueInvoices,
  homeCompany,
  homeMarketing,
});

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.service('admin::permission') as any).actionProvider.registerMany(actionProviderEntries());
  },
  bootstrap() {},
  controllers: { kit: controller },
  routes: { admin: { type: 'admin', routes } },
};

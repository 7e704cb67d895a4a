/**
 * Vitrylo's server-only local plugin: admin HTTP routes under /crm/... (admin JWT + RBAC policies).
 * Each feature adds its routes and controller here.
 */
import auditController from './server/controllers/audit';
import auditRoutes from './server/routes/audit';

export default {
  register() {},
  bootstrap() {},
  controllers: {
    audit: auditController,
  },
  routes: {
    admin: {
      type: 'admin',
      routes: [...auditRoutes],
    },
  },
};

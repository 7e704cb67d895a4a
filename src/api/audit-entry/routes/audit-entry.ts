import { factories } from '@strapi/strapi';

/**
 * A fresh object per route: Strapi writes each route's permission scope into its config object
 * (defaultsDeep), so one shared object would make findOne require the find permission.
 */
const customTokenOnly = () => ({ policies: ['api::audit-entry.custom-token-only'] });

/**
 * Read-only over REST as well: the log is written by the audit trail only (src/audit). And readable only
 * by custom API tokens granted it explicitly, not by every read-only or full-access token.
 */
export default factories.createCoreRouter('api::audit-entry.audit-entry', {
  only: ['find', 'findOne'],
  config: { find: customTokenOnly(), findOne: customTokenOnly() },
});

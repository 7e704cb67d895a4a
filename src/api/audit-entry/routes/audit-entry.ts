import { factories } from '@strapi/strapi';

/** Read-only over REST as well: the log is written by the audit trail only (src/audit). */
export default factories.createCoreRouter('api::audit-entry.audit-entry', { only: ['find', 'findOne'] });

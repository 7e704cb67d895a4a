import { errors } from '@strapi/utils';
import { AUDIT_TRAIL_TOKEN_MESSAGE, mayReadAuditTrailOverRest } from '../../../domain/audit';

/** Policy of the audit-entry REST routes: only custom API tokens (see domain/audit/rest-read-access.ts). */
export default (policyContext: any) => {
  if (mayReadAuditTrailOverRest(policyContext.state?.auth)) return true;
  throw new errors.PolicyError(AUDIT_TRAIL_TOKEN_MESSAGE, { policy: 'custom-token-only' });
};

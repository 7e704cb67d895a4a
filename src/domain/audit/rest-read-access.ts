/**
 * Who may read the audit trail through the REST API. The trail holds every old and new value of every
 * change, money included, so it is not part of "read everything": Strapi's read-only and full-access
 * API tokens grant find/findOne on every content type without anybody choosing the audit trail.
 * Only a custom API token may read it, and Strapi has then already checked that the token was given
 * api::audit-entry.audit-entry.find / findOne explicitly. REST end users (users-permissions) and
 * anonymous callers never may: people read the trail in the admin panel.
 */
export interface RestCaller {
  strategy?: { name?: string } | null;
  credentials?: { type?: string } | null;
}

/** 'content-api-token' in Strapi 5.54, 'api-token' in earlier releases. */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export function mayReadAuditTrailOverRest(auth: RestCaller | null | undefined): boolean {
  return Boolean(auth && TOKEN_STRATEGIES.has(auth.strategy?.name ?? '') && auth.credentials?.type === 'custom');
}

export const AUDIT_TRAIL_TOKEN_MESSAGE =
  'The audit trail is readable over REST only with a custom API token granted Audit-entry find/findOne; read-only and full-access tokens do not include it.';

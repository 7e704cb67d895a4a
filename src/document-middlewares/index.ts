import type { Core } from '@strapi/strapi';
import { identifierRules } from './identifier-rules';
import { uniqueCodes } from './unique-codes';
import { documentTotals } from './document-totals';
import { auditTrail } from './audit-trail';

/**
 * Order matters: the first in the list runs first and wraps the rest. Codes are normalized before their
 * uniqueness is checked, and the unique-codes middleware wraps the write and its transaction, so that a
 * duplicate the database refuses reaches it after the rollback and becomes a 400. The audit trail comes
 * last, right around the actual write: it only sees calls that passed validation, with the final
 * normalized data (identifiers, computed totals) in params, so its choice of what to read matches what is
 * written; and the transaction it opens around the write holds no more than its two reads, the write and
 * the audit entry. Keep it last when adding middlewares.
 */
const MIDDLEWARES = [identifierRules, uniqueCodes, documentTotals, auditTrail];

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const factory of MIDDLEWARES) strapi.documents.use(factory(strapi));
}

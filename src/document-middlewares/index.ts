import type { Core } from '@strapi/strapi';
import { ownershipDefaultsMiddleware as ownershipDefaults } from '../access/ownership-defaults-middleware';
import { relationWriteGuard } from '../access/relation-write-guard';
import { scopedListFiltersMiddleware as scopedListFilters } from '../access/scoped-list-filters';
import { accessColumnsMiddleware as accessColumns } from '../access/access-columns-middleware';
import { cloneAsCreate } from './clone-as-create';
import { cappedListCount } from './capped-list-count';
import { referenceFilters } from './reference-filters';
import { listViewPopulate } from './list-view-populate';
import { identifierRules } from './identifier-rules';
import { uniqueCodes } from './unique-codes';
import { documentTotals } from './document-totals';
import { decimalLimits } from './decimal-limits';
import { auditTrail } from '../audit/document-middleware';
import { searchColumnMiddleware as searchColumn } from '../search';
import { scheduleEntryRules } from '../schedule/schedule-entry-rules';
import { reportSubscriptionRules } from '../reports/report-subscriptions';
import { inboundRequestIntake } from '../inbox/intake-middleware';
import { nextContactPlanning } from '../chronicle/next-contact-middleware';
import { interactionDefaults } from '../chronicle/interaction-defaults-middleware';
import { contactOfCounterparty } from './contact-of-counterparty';
import { invoiceMoneyMiddleware as invoiceMoney } from '../bank/invoice-money-middleware';
import { documentNumbering } from '../documents/numbering-middleware';

/**
 * Every Document Service middleware of Vitrylo, in one ordered list: the first runs first and wraps the
 * rest.
 * - A clone becomes a create first, so every later rule sees a create.
 * - Codes are normalized before their uniqueness is checked; unique codes wraps the write and its
 *   transaction, so a duplicate the database refuses reaches it after the rollback and becomes a 400.
 * - Totals are computed from the lines, and then every decimal (lines, totals and the rest) is checked
 *   against its column and written as exact text.
 * - Owner fields are filled before the relation guard checks who may be assigned.
 * - Schedule entries are checked (fields, end after start, no overlap) once the owner is filled in and the
 *   guard has made sure the writer may write for that employee, so a refusal names only entries of someone
 *   the writer may plan for.
 * - A report subscription is checked (report, parameters, schedule, recipients, an owner who may run
 *   the report) once its owner is filled in and the guard has judged who may be made its owner.
 * - A new inbound request is matched, routed, given its due time, chronicle entry and notification after
 *   the guard has judged what the registrar wrote: the assignee, rule and department routing writes are the
 *   system's choice, not the registrar's (a Secretary may not assign a manager herself, routing may), and
 *   its own writes are trusted (access/trusted-write.ts). Before the access columns, so they follow the
 *   routed assignee; inside the audit trail's reach, which records the request as routed.
 * - An invoice or contract left without a number gets the next of its sequence before anything checks
 *   numbers (unique codes), in a transaction around the rest of the create.
 * - A new interaction's moment and state are filled in first, so every later rule sees them; a contact
 *   person of another counterparty is refused once the guard has judged the links (so a hidden record is
 *   refused as hidden, not as someone else's contact).
 * - Saving an interaction with a next contact plans (or moves) the one follow-up after the guard, for the
 *   same reasons; its `nextContactAt` is checked there too.
 * - A payment's invoices follow its money (paid amount, state) once the guard has judged what it links:
 *   in the write's transaction, refusing an invoice of another counterparty.
 * - Access columns and the search column are rewritten after the write, in its transaction, once every
 *   rule has passed; a search (`_q`) on a searchable type becomes a match on its search column.
 * - A read filtered by a related record with a reference column (one client's chronicle) filters on that
 *   column, the list's own filters and its scope both.
 * - A panel list's page then reads only the relations its columns show, and its count stops at the cap:
 *   both after the list's scoped filters and search are in place.
 * - The audit trail comes last, right around the actual write: it only sees calls that passed every rule,
 *   with the final data (owners filled in, identifiers normalized, totals computed), so its choice of
 *   what to read matches what is written; and the transaction it opens around the write holds no more
 *   than its two reads, the write and the audit entry. Keep it last when adding middlewares.
 */
const MIDDLEWARES = [
  cloneAsCreate,
  interactionDefaults,
  documentNumbering,
  identifierRules,
  uniqueCodes,
  documentTotals,
  decimalLimits,
  ownershipDefaults,
  relationWriteGuard,
  contactOfCounterparty,
  scheduleEntryRules,
  reportSubscriptionRules,
  inboundRequestIntake,
  nextContactPlanning,
  invoiceMoney,
  scopedListFilters,
  referenceFilters,
  searchColumn,
  listViewPopulate,
  cappedListCount,
  accessColumns,
  auditTrail,
];

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const factory of MIDDLEWARES) strapi.documents.use(factory(strapi));
}

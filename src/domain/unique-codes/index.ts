export { UNIQUE_FIELDS, COUNTERPARTY_UID, INVOICE_UID, uniqueFieldsOf, uniqueIndexName } from './fields';
export type { UniqueField } from './fields';
export { storedCode, withStoredCodes, yearOf, invoiceNumberKey, yearOfNumberKey } from './values';
export { readUniqueViolation, violatedUniqueField } from './violation';
export type { UniqueViolation } from './violation';
export { duplicateIssue, duplicateReason } from './messages';
export type { DuplicateDetails } from './messages';

/**
 * The codes and numbers the database keeps unique. Uniqueness is a unique index made by Strapi's schema
 * sync from `"column": { "unique": true }` on the attribute (see docs/unique-codes.md): only the database
 * can refuse the second of two concurrent saves. Empty values are stored as NULL, which a unique index
 * allows any number of times.
 */
export interface UniqueField {
  uid: string;
  /** the attribute users write and a refusal names */
  field: string;
  /** the database table and column holding the unique value */
  table: string;
  column: string;
  /** what the records are called in messages: "another <noun>" */
  noun: string;
  /**
   * Unique within the calendar year of a date field only (invoice numbering restarts every year). The
   * unique column then belongs to a hidden attribute holding the derived key "<year>/<number>" (see
   * invoiceNumberKey), not to the field itself.
   */
  perYear?: { dateField: string; keyField: string };
  /** a field that names the other record in a refusal, when the caller may read it */
  labelField?: string;
}

export const COUNTERPARTY_UID = 'api::counterparty.counterparty';
export const INVOICE_UID = 'api::invoice.invoice';

export const UNIQUE_FIELDS: readonly UniqueField[] = [
  { uid: COUNTERPARTY_UID, field: 'edrpou', table: 'counterparties', column: 'edrpou', noun: 'counterparty', labelField: 'name' },
  { uid: COUNTERPARTY_UID, field: 'rnokpp', table: 'counterparties', column: 'rnokpp', noun: 'counterparty', labelField: 'name' },
  { uid: INVOICE_UID, field: 'number', table: 'invoices', column: 'number_key', noun: 'invoice', perYear: { dateField: 'date', keyField: 'numberKey' } },
  // Contract numbers are unique overall: nothing in Vitrylo numbers contracts per year.
  { uid: 'api::contract.contract', field: 'number', table: 'contracts', column: 'number', noun: 'contract' },
  { uid: 'api::complaint.complaint', field: 'number', table: 'complaints', column: 'number', noun: 'complaint' },
  { uid: 'api::product.product', field: 'code', table: 'products', column: 'code', noun: 'product' },
  { uid: 'api::payment.payment', field: 'dedupeKey', table: 'payments', column: 'dedupe_key', noun: 'payment' },
  // A reminder or an escalation is made once, however many processes run its task at the same moment.
  { uid: 'api::notification.notification', field: 'dedupeKey', table: 'notifications', column: 'dedupe_key', noun: 'notification' },
];

export function uniqueFieldsOf(uid: string): UniqueField[] {
  return UNIQUE_FIELDS.filter((field) => field.uid === uid);
}

/**
 * The index name Strapi's schema sync gives a unique column: identifiers.getUniqueIndexName, whose suffix
 * 'unique' is written short ('uq'); names stay under its 55-character limit, so nothing else is shortened.
 */
export function uniqueIndexName(field: Pick<UniqueField, 'table' | 'column'>): string {
  return `${field.table}_${field.column}_uq`;
}

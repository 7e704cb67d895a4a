import { DecimalInput, Kopecks, toKopecks } from '../../money';
import type { InvoicePaidAmounts } from './types';

export const ZERO: Kopecks = BigInt(0);

/** A stored decimal in kopecks; a blank one is nothing (an invoice nobody paid has no paidAmount yet). */
export function kopecksOrZero(value: DecimalInput, field: string): Kopecks {
  return value === null || value === undefined || value === '' ? ZERO : toKopecks(value, field);
}

/** Paid amounts as the invoices were loaded, for matching one payment outside an import. */
export const STORED_PAID_AMOUNTS: InvoicePaidAmounts = {
  paidKopecks: (invoice) => kopecksOrZero(invoice.paidAmount, 'paidAmount'),
};

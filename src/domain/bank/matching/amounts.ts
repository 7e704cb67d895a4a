import { DecimalInput, Kopecks, toKopecks } from '../../money';
import type { InvoiceForMatching, InvoicePaidAmounts } from './types';

export const ZERO: Kopecks = BigInt(0);

/** A stored decimal in kopecks; a blank one is nothing (an invoice nobody paid has no paidAmount yet). */
export function kopecksOrZero(value: DecimalInput, field: string): Kopecks {
  return value === null || value === undefined || value === '' ? ZERO : toKopecks(value, field);
}

/**
 * An invoice's total and stored paid amount in kopecks, worked out once per loaded invoice: matching weighs
 * them for every payment of the invoice's counterparty, and an import's payments are many. Loaded invoices
 * are not changed (matching never writes to them), so what was worked out stays true.
 */
const amountsOfInvoice = new WeakMap<object, { total: Kopecks; paid: Kopecks }>();

function amountsOf(invoice: Pick<InvoiceForMatching, 'total' | 'paidAmount'>): { total: Kopecks; paid: Kopecks } {
  let amounts = amountsOfInvoice.get(invoice);
  if (!amounts) {
    amounts = { total: kopecksOrZero(invoice.total, 'total'), paid: kopecksOrZero(invoice.paidAmount, 'paidAmount') };
    amountsOfInvoice.set(invoice, amounts);
  }
  return amounts;
}

export const totalKopecks = (invoice: Pick<InvoiceForMatching, 'total' | 'paidAmount'>): Kopecks => amountsOf(invoice).total;
export const storedPaidKopecks = (invoice: Pick<InvoiceForMatching, 'total' | 'paidAmount'>): Kopecks => amountsOf(invoice).paid;

/** Paid amounts as the invoices were loaded, for matching one payment outside an import. */
export const STORED_PAID_AMOUNTS: InvoicePaidAmounts = { paidKopecks: storedPaidKopecks };

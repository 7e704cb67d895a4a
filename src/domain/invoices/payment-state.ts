import { DecimalInput, Kopecks, toKopecks } from '../money';
import type { LocalDate } from '../time';

export const INVOICE_STATES = ['draft', 'issued', 'partially-paid', 'paid', 'overdue', 'cancelled'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

export interface InvoicePaymentFacts {
  state: string | null | undefined;
  total: DecimalInput;
  paidAmount: DecimalInput;
  dueDate: LocalDate | null | undefined;
}

const ZERO = BigInt(0);
const kopecksOf = (value: DecimalInput, field: string): Kopecks =>
  value === null || value === undefined || value === '' ? ZERO : toKopecks(value, field);

/**
 * The state an invoice's money puts it in, after a payment was added or taken away:
 * - cancelled stays cancelled: money that arrives for it is the accountant's to return or move, and
 *   cancelling was a person's decision the bank import does not undo;
 * - paid when what was paid covers the total (an overpayment is still 'paid'; the excess is reported
 *   by the allocation);
 * - otherwise, with something paid, 'partially-paid' — or 'overdue' once the due date is behind today:
 *   the nightly job (overdue.ts) turns partly paid invoices overdue too, so saying 'partially-paid' here
 *   would only flip back at night; how much was paid stays in paidAmount;
 * - with nothing paid, 'issued' or 'overdue' by the due date — but a draft stays a draft: it was never
 *   sent, so it is owed nothing yet.
 * A draft that receives money is treated as issued: money for it proves it reached the customer.
 */
export function invoiceStateAfterPayments(invoice: InvoicePaymentFacts, today: LocalDate): InvoiceState {
  if ((invoice.state ?? 'draft') === 'cancelled') return 'cancelled';
  return invoiceStateOfKopecks({ state: invoice.state, total: kopecksOf(invoice.total, 'total'), paid: kopecksOf(invoice.paidAmount, 'paidAmount'), dueDate: invoice.dueDate }, today);
}

/** invoiceStateAfterPayments for amounts already in kopecks (the bank import's ledger keeps them so). */
export function invoiceStateOfKopecks(
  invoice: { state: string | null | undefined; total: Kopecks; paid: Kopecks; dueDate: LocalDate | null | undefined },
  today: LocalDate,
): InvoiceState {
  const state = invoice.state ?? 'draft';
  if (state === 'cancelled') return 'cancelled';
  const { total, paid } = invoice;
  if (paid > ZERO && paid >= total) return 'paid';
  if (paid <= ZERO && state === 'draft') return 'draft';
  const pastDue = Boolean(invoice.dueDate) && (invoice.dueDate as LocalDate) < today;
  if (pastDue) return 'overdue';
  return paid > ZERO ? 'partially-paid' : 'issued';
}

import { LocalDate } from '../time';

/**
 * When an invoice is overdue: it was issued (or partly paid) and its due date is behind it. The due date
 * is the last day to pay, so an invoice due on D becomes overdue on D + 1, that is when "today" in the
 * business zone is after D. Drafts, paid, cancelled and already overdue invoices are left alone, as are
 * invoices without a due date.
 */
export const OVERDUE_CANDIDATE_STATES = ['issued', 'partially-paid'] as const;

export interface InvoiceDue {
  state: string | null | undefined;
  dueDate: LocalDate | null | undefined;
}

export function isInvoiceOverdue(invoice: InvoiceDue, today: LocalDate): boolean {
  if (!invoice.dueDate || !(OVERDUE_CANDIDATE_STATES as readonly string[]).includes(invoice.state ?? '')) return false;
  return invoice.dueDate < today;
}

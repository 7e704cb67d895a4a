export { OVERDUE_CANDIDATE_STATES, isInvoiceOverdue } from './overdue';
export type { InvoiceDue } from './overdue';

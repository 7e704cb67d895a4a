export { OVERDUE_CANDIDATE_STATES, isInvoiceOverdue } from './overdue';
export type { InvoiceDue } from './overdue';
export { INVOICE_STATES, invoiceStateAfterPayments } from './payment-state';
export type { InvoiceState, InvoicePaymentFacts } from './payment-state';
export { counterpartyBalance } from './balance';
export type { BalanceInvoice, BalancePayment, CurrencyBalance } from './balance';

import { formatLocalDate } from '../format';
import { DecimalInput, toKopecks, formatKopecks } from '../money';
import type { LocalDate } from '../time';
import type { BusinessMonth } from './business-day';
import type { ListQuery } from './list-query';

export const PAYMENT_UID = 'api::payment.payment';

/** Payments the bank import could not tie to an invoice or counterparty: the accountant matches them by hand. */
export function unmatchedPayments(): ListQuery {
  return { uid: PAYMENT_UID, entries: [{ matchStatus: { $eq: 'unmatched' } }], sort: 'date:DESC' };
}

/** Money received within the month, by the payment's date. */
export function incomingPaymentsIn(month: BusinessMonth): ListQuery {
  return {
    uid: PAYMENT_UID,
    entries: [{ direction: { $eq: 'incoming' } }, { date: { $gte: month.from } }, { date: { $lte: month.to } }],
    sort: 'date:DESC',
  };
}

export interface PaymentRow {
  documentId: string;
  date?: LocalDate | null;
  amount?: DecimalInput;
  currency?: string | null;
  direction?: string | null;
  payerName?: string | null;
  payeeName?: string | null;
  purpose?: string | null;
}

export interface PaymentItem {
  documentId: string;
  date: string | null;
  direction: string | null;
  /** the other party: the payer of money received, the payee of money sent */
  party: string | null;
  amount: string | null;
  currency: string;
  purpose: string | null;
}

export function paymentItem(row: PaymentRow): PaymentItem {
  const incoming = row.direction !== 'outgoing';
  return {
    documentId: row.documentId,
    date: row.date ? formatLocalDate(row.date) : null,
    direction: row.direction ?? null,
    party: (incoming ? row.payerName : row.payeeName) ?? null,
    amount: row.amount === null || row.amount === undefined || row.amount === '' ? null : formatKopecks(toKopecks(row.amount, 'amount')),
    currency: row.currency || 'UAH',
    purpose: row.purpose ?? null,
  };
}

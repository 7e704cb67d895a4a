import { DecimalInput, formatKopecks, Kopecks, toKopecks } from '../money';
import type { LocalDate } from '../time';
import { HOME_CURRENCY } from '../workspace/money-totals';
import { NEVER_OWED_STATES, outstandingKopecks } from '../workspace/invoices';
import { isInvoiceOverdue } from './overdue';

/**
 * Where a counterparty stands with us, one line per currency (hryvnias and dollars do not add up), every
 * figure an exact decimal string:
 * - invoiced: totals of the invoices really issued (drafts and cancelled ones were never owed);
 * - paid: money received from them (incoming payments, matched to an invoice or not: an advance counts);
 *   outgoing payments are left out — they pay suppliers, and our invoices are sales invoices;
 * - outstanding: what the issued invoices still wait for, invoice by invoice (an overpaid invoice counts
 *   as 0, not as a credit against another);
 * - overdue: the part of outstanding whose due date is behind today, whether or not the nightly job has
 *   marked those invoices yet;
 * - balance: invoiced − paid, negative when they paid ahead (an advance or an overpayment).
 */
export interface BalanceInvoice {
  currency?: string | null;
  total?: DecimalInput;
  paidAmount?: DecimalInput;
  state?: string | null;
  dueDate?: LocalDate | null;
}

export interface BalancePayment {
  currency?: string | null;
  amount: DecimalInput;
  direction?: string | null;
}

export interface CurrencyBalance {
  currency: string;
  invoiced: string;
  paid: string;
  outstanding: string;
  overdue: string;
  balance: string;
}

interface Sums {
  invoiced: Kopecks;
  paid: Kopecks;
  outstanding: Kopecks;
  overdue: Kopecks;
}

const ZERO = BigInt(0);
const blank = (value: DecimalInput) => value === null || value === undefined || value === '';

export function counterpartyBalance(invoices: readonly BalanceInvoice[], payments: readonly BalancePayment[], today: LocalDate): CurrencyBalance[] {
  const byCurrency = new Map<string, Sums>();
  const sumsOf = (currency: string | null | undefined): Sums => {
    const key = currency || HOME_CURRENCY;
    let sums = byCurrency.get(key);
    if (!sums) {
      sums = { invoiced: ZERO, paid: ZERO, outstanding: ZERO, overdue: ZERO };
      byCurrency.set(key, sums);
    }
    return sums;
  };

  for (const invoice of invoices) {
    if ((NEVER_OWED_STATES as readonly string[]).includes(invoice.state ?? 'draft')) continue;
    const sums = sumsOf(invoice.currency);
    if (!blank(invoice.total)) sums.invoiced += toKopecks(invoice.total, 'total');
    const rest = outstandingKopecks(invoice);
    sums.outstanding += rest;
    if (invoice.state === 'overdue' || isInvoiceOverdue({ state: invoice.state, dueDate: invoice.dueDate }, today)) sums.overdue += rest;
  }
  for (const payment of payments) {
    if (payment.direction === 'outgoing' || blank(payment.amount)) continue;
    sumsOf(payment.currency).paid += toKopecks(payment.amount, 'amount');
  }

  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a === HOME_CURRENCY ? -1 : b === HOME_CURRENCY ? 1 : a.localeCompare(b)))
    .map(([currency, sums]) => ({
      currency,
      invoiced: formatKopecks(sums.invoiced),
      paid: formatKopecks(sums.paid),
      outstanding: formatKopecks(sums.outstanding),
      overdue: formatKopecks(sums.overdue),
      balance: formatKopecks(sums.invoiced - sums.paid),
    }));
}

import { DecimalInput, formatKopecks, Kopecks, toKopecks } from '../money';
import { daysBetween, LocalDate } from '../time';
import { formatLocalDate } from '../format';
import type { BusinessDay, BusinessMonth } from './business-day';
import type { ListQuery } from './list-query';
import { EmployeeRef, personIs } from './people';

export const INVOICE_UID = 'api::invoice.invoice';

/**
 * An invoice waits for money once it is issued and until it is paid or cancelled: issued, partially paid or
 * already marked overdue. It is overdue when its due date (the last day to pay) is behind today in the
 * business zone — whether or not the nightly job has marked it yet (src/domain/invoices/overdue.ts).
 * Drafts and cancelled invoices were never owed, so they count neither as unpaid nor as invoiced.
 */
export const UNPAID_STATES = ['issued', 'partially-paid', 'overdue'] as const;
export const NEVER_OWED_STATES = ['draft', 'cancelled'] as const;

/** "Мої неоплачені рахунки": unpaid invoices I issued (their author is me). */
export function unpaidInvoicesBy(me: EmployeeRef): ListQuery {
  return { uid: INVOICE_UID, entries: [personIs('author', me), { state: { $in: [...UNPAID_STATES] } }], sort: 'dueDate:ASC' };
}

export function unpaidInvoices(): ListQuery {
  return { uid: INVOICE_UID, entries: [{ state: { $in: [...UNPAID_STATES] } }], sort: 'dueDate:ASC' };
}

/** The overdue ones among unpaid invoices: due before today. */
export function overdueAmong(unpaid: ListQuery, day: BusinessDay): ListQuery {
  return { ...unpaid, entries: [...unpaid.entries, { dueDate: { $lt: day.date } }] };
}

export function overdueInvoices(day: BusinessDay): ListQuery {
  return overdueAmong(unpaidInvoices(), day);
}

/** Invoices dated within the month that were really issued. */
export function invoicedIn(month: BusinessMonth): ListQuery {
  return {
    uid: INVOICE_UID,
    entries: [{ date: { $gte: month.from } }, { date: { $lte: month.to } }, { state: { $notIn: [...NEVER_OWED_STATES] } }],
    sort: 'date:DESC',
  };
}

export interface InvoiceMoney {
  total?: DecimalInput;
  paidAmount?: DecimalInput;
}

const blank = (value: DecimalInput) => value === null || value === undefined || value === '';

/** What is still to be paid: total minus what was paid, never below zero. */
export function outstandingKopecks(invoice: InvoiceMoney): Kopecks {
  const total = blank(invoice.total) ? BigInt(0) : toKopecks(invoice.total, 'total');
  const paid = blank(invoice.paidAmount) ? BigInt(0) : toKopecks(invoice.paidAmount, 'paidAmount');
  const rest = total - paid;
  return rest > BigInt(0) ? rest : BigInt(0);
}

export interface InvoiceRow extends InvoiceMoney {
  documentId: string;
  number?: string | null;
  currency?: string | null;
  dueDate?: LocalDate | null;
  state?: string | null;
  counterparty?: { name?: string | null } | null;
}

export interface InvoiceItem {
  documentId: string;
  number: string | null;
  counterparty: string | null;
  currency: string;
  /** still to be paid, '1234.50'; null when the caller may not see amounts */
  outstanding: string | null;
  /** '30.11.2026' */
  dueDate: string | null;
  /** whole days past the due date; 0 when not overdue */
  daysOverdue: number;
  state: string | null;
}

export function invoiceItem(row: InvoiceRow, day: BusinessDay, withMoney: boolean): InvoiceItem {
  const late = row.dueDate ? daysBetween(row.dueDate, day.date) : 0;
  return {
    documentId: row.documentId,
    number: row.number ?? null,
    counterparty: row.counterparty?.name ?? null,
    currency: row.currency || 'UAH',
    outstanding: withMoney ? formatKopecks(outstandingKopecks(row)) : null,
    dueDate: row.dueDate ? formatLocalDate(row.dueDate) : null,
    daysOverdue: late > 0 ? late : 0,
    state: row.state ?? null,
  };
}

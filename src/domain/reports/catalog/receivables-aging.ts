import { aggregateRows } from '../aggregate';
import type { ParameterDefinition, ReportDefinition, ReportRow } from '../definition';
import { formatKopecks, Kopecks, toKopecks } from '../../money';
import { daysBetween, LocalDate } from '../../time';
import { countColumn, currencyParameter, managerParameter, moneyColumn, textColumn } from './common';

/**
 * Receivables aging: what clients still owe on the given day, by how long it has been due. An invoice is
 * owed from its date until it is paid; what is owed on a day is its total less the incoming payments
 * linked to it that arrived by that day (the payments are the truth, paidAmount is their sum), so the
 * report for a past day shows the debt as it stood then, not as it stands now.
 */

/** An issued invoice (not a draft, not cancelled) dated on or before the report's day. */
export interface ReceivableInvoice {
  number: string | null;
  /** the invoice's date, YYYY-MM-DD */
  date: LocalDate;
  /** the last day to pay; an invoice without one is not yet due */
  dueDate: LocalDate | null;
  client: string | null;
  manager: string | null;
  total: string | number | null;
  /** what arrived for it by the report's day */
  paid: string | number | null;
}

export type AgingBucket = 'notDue' | 'days1to30' | 'days31to60' | 'days61to90' | 'over90';

export const AGING_BUCKETS: readonly AgingBucket[] = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'];

/** What a bucket is called in a row of the «За строками» sheet (row values are data, in Ukrainian like the rest). */
export const AGING_BUCKET_NAMES: Readonly<Record<AgingBucket, string>> = {
  notDue: 'Строк не настав',
  days1to30: '1–30 днів',
  days31to60: '31–60 днів',
  days61to90: '61–90 днів',
  over90: 'Понад 90 днів',
};

/**
 * Whole days an invoice is past its due date on `asOf`; 0 when it is not. The due date is the last day to
 * pay (as the overdue-invoice widgets read it), so on the due date itself the invoice is not overdue yet
 * and the day after it is 1 day overdue.
 */
export function daysOverdue(dueDate: LocalDate | null | undefined, asOf: LocalDate): number {
  if (!dueDate) return 0;
  return Math.max(0, daysBetween(dueDate, asOf));
}

/** The aging bucket of an invoice due on `dueDate`, looked at on `asOf`. */
export function agingBucket(dueDate: LocalDate | null | undefined, asOf: LocalDate): AgingBucket {
  const days = daysOverdue(dueDate, asOf);
  if (days === 0) return 'notDue';
  if (days <= 30) return 'days1to30';
  if (days <= 60) return 'days31to60';
  if (days <= 90) return 'days61to90';
  return 'over90';
}

const blank = (value: unknown) => value === null || value === undefined || value === '';
const kopecksOf = (value: string | number | null, field: string): Kopecks => (blank(value) ? 0n : toKopecks(value as string | number, field));

/** Still owed: total less paid; an invoice paid in full (or overpaid) owes nothing. */
export function outstandingOf(invoice: Pick<ReceivableInvoice, 'total' | 'paid'>): Kopecks {
  const rest = kopecksOf(invoice.total, 'total') - kopecksOf(invoice.paid, 'paid');
  return rest > 0n ? rest : 0n;
}

const MANAGER = { uk: 'Менеджер', en: 'Manager' };
const CLIENT = { uk: 'Клієнт', en: 'Client' };
const OUTSTANDING = { uk: 'Заборгованість', en: 'Outstanding' };

const BUCKET_CAPTIONS: Readonly<Record<AgingBucket, { uk: string; en: string }>> = {
  notDue: { uk: 'Строк не настав', en: 'Not yet due' },
  days1to30: { uk: '1–30 днів', en: '1–30 days' },
  days31to60: { uk: '31–60 днів', en: '31–60 days' },
  days61to90: { uk: '61–90 днів', en: '61–90 days' },
  over90: { uk: 'Понад 90 днів', en: 'Over 90 days' },
};

/** The day the debt is looked at; today when not given (the query reads it from its context). */
export const asOfParameter: ParameterDefinition = { key: 'date', kind: 'date', caption: { uk: 'На дату', en: 'As of' } };

export const receivablesAgingReport = {
  key: 'receivables-aging',
  title: { uk: 'Дебіторська заборгованість за строками', en: 'Receivables aging' },
  section: 'receivables',
  parameters: [asOfParameter, managerParameter, currencyParameter],
  sheets: [
    {
      name: { uk: 'За клієнтами', en: 'By client' },
      columns: [
        textColumn('manager', MANAGER),
        textColumn('client', CLIENT),
        ...AGING_BUCKETS.map((bucket) => moneyColumn(bucket, BUCKET_CAPTIONS[bucket])),
        moneyColumn('outstanding', OUTSTANDING),
      ],
      groupBy: ['manager'],
      sort: [{ field: 'outstanding', direction: 'desc' }],
    },
    {
      name: { uk: 'За строками', en: 'By age' },
      columns: [textColumn('bucket', { uk: 'Строк', en: 'Age' }), moneyColumn('amount', OUTSTANDING), countColumn('invoices', { uk: 'Рахунків', en: 'Invoices' })],
      chart: { category: 'bucket', series: ['amount'] },
    },
    {
      name: { uk: 'Рахунки', en: 'Invoices' },
      columns: [
        textColumn('number', { uk: 'Номер', en: 'Number' }),
        { field: 'date', caption: { uk: 'Дата', en: 'Date' }, type: 'date' },
        { field: 'dueDate', caption: { uk: 'Сплатити до', en: 'Due date' }, type: 'date' },
        textColumn('client', CLIENT),
        textColumn('manager', MANAGER),
        moneyColumn('total', { uk: 'Сума', en: 'Total' }),
        moneyColumn('paid', { uk: 'Сплачено', en: 'Paid' }),
        moneyColumn('outstanding', OUTSTANDING),
        { field: 'daysOverdue', caption: { uk: 'Днів прострочки', en: 'Days overdue' }, type: 'integer' },
      ],
      sort: [{ field: 'daysOverdue', direction: 'desc' }],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** The three sheets' rows: invoices still owing something on `asOf`, by client, by age and one by one. */
export function receivablesAgingSheets(invoices: readonly ReceivableInvoice[], asOf: LocalDate): ReportRow[][] {
  const owing = invoices
    .map((invoice) => ({ invoice, outstanding: outstandingOf(invoice), bucket: agingBucket(invoice.dueDate, asOf) }))
    .filter((item) => item.outstanding > 0n);
  const inBucket = (bucket: AgingBucket) => (item: (typeof owing)[number]) => (item.bucket === bucket ? formatKopecks(item.outstanding) : null);

  const byClient = aggregateRows(owing, {
    by: { manager: (item) => item.invoice.manager, client: (item) => item.invoice.client },
    money: { ...Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, inBucket(bucket)])), outstanding: (item) => formatKopecks(item.outstanding) },
  });
  // every bucket shows, an empty one with 0, in their order (the chart reads them left to right)
  const byAge = AGING_BUCKETS.map((bucket) => {
    const items = owing.filter((item) => item.bucket === bucket);
    return { bucket: AGING_BUCKET_NAMES[bucket], amount: formatKopecks(items.reduce((sum, item) => sum + item.outstanding, 0n)), invoices: items.length };
  });
  const list = owing.map(({ invoice, outstanding }) => ({
    number: invoice.number,
    date: invoice.date,
    dueDate: invoice.dueDate,
    client: invoice.client,
    manager: invoice.manager,
    total: formatKopecks(kopecksOf(invoice.total, 'total')),
    paid: formatKopecks(kopecksOf(invoice.paid, 'paid')),
    outstanding: formatKopecks(outstanding),
    daysOverdue: daysOverdue(invoice.dueDate, asOf),
  }));
  return [byClient, byAge, list];
}

import { formatKopecks, toKopecks } from '../../money';
import type { ReportDefinition } from '../definition';
import { counterpartyParameter, currencyParameter, textColumn } from './common';

/** A payment as the database gives it, its related records' names already read. */
export interface PaymentSource {
  date: string | null;
  bankDocNumber: string | null;
  direction: string | null;
  counterparty: string | null;
  /** the other side as the bank named it: the payer of an incoming payment, the payee of an outgoing one */
  payerName: string | null;
  payeeName: string | null;
  purpose: string | null;
  invoice: string | null;
  amount: string | number | null;
  matchStatus: string | null;
}

/** How a stored enum value reads: 'incoming' → «Надходження». */
export type PaymentEnumCaption = (field: 'direction' | 'matchStatus', value: string) => string;

/**
 * Payments of a period as the bank statements brought them: incoming, outgoing or both, one currency, per
 * client; what each was matched to. Years of statements are many rows, so they come page by page and are
 * written to Excel as they are read, like the chronicle.
 */
export const paymentsReport = {
  key: 'payments',
  title: { uk: 'Платежі', en: 'Payments' },
  section: 'receivables',
  parameters: [
    { key: 'period', kind: 'period', caption: { uk: 'Період', en: 'Period' }, required: true },
    {
      key: 'direction',
      kind: 'enum',
      caption: { uk: 'Напрям', en: 'Direction' },
      options: [
        { value: 'incoming', caption: { uk: 'Надходження', en: 'Incoming' } },
        { value: 'outgoing', caption: { uk: 'Списання', en: 'Outgoing' } },
        { value: 'all', caption: { uk: 'Усі', en: 'All' } },
      ],
      default: 'incoming',
    },
    counterpartyParameter,
    currencyParameter,
  ],
  sheets: [
    {
      name: { uk: 'Платежі', en: 'Payments' },
      columns: [
        { field: 'date', caption: { uk: 'Дата', en: 'Date' }, type: 'date' },
        textColumn('bankDocNumber', { uk: '№ документа', en: 'Document no.' }, 12),
        textColumn('direction', { uk: 'Напрям', en: 'Direction' }, 13),
        textColumn('counterparty', { uk: 'Контрагент', en: 'Counterparty' }, 28),
        textColumn('otherSide', { uk: 'Платник / одержувач у виписці', en: 'Payer / payee in the statement' }, 28),
        textColumn('purpose', { uk: 'Призначення платежу', en: 'Purpose' }, 44),
        textColumn('invoice', { uk: 'Рахунок', en: 'Invoice' }, 14),
        textColumn('matchStatus', { uk: 'Зіставлення', en: 'Matching' }, 14),
        { field: 'amount', caption: { uk: 'Сума', en: 'Amount' }, type: 'money', total: 'sum' },
      ],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

/** A payment as a report row: the other side by direction, enum values in words; an outgoing amount negative when both directions are listed. */
export function paymentRow(source: PaymentSource, caption: PaymentEnumCaption, signed: boolean): Record<string, unknown> {
  const outgoing = source.direction === 'outgoing';
  // exact, whichever database gave it (SQLite answers numbers, PostgreSQL strings)
  const kopecks = source.amount === null || source.amount === undefined ? null : toKopecks(source.amount, 'amount');
  return {
    date: source.date,
    bankDocNumber: source.bankDocNumber,
    direction: source.direction ? caption('direction', source.direction) : null,
    counterparty: source.counterparty,
    otherSide: outgoing ? source.payeeName : source.payerName,
    purpose: source.purpose,
    invoice: source.invoice,
    matchStatus: source.matchStatus ? caption('matchStatus', source.matchStatus) : null,
    amount: kopecks === null ? null : formatKopecks(signed && outgoing ? -kopecks : kopecks),
  };
}

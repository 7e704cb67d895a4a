import type { IntlShape } from 'react-intl';
import { formatDecimalMoney } from '../../../domain/format/amount';
import { recordLink } from '../../../domain/workspace/list-query';
import type { Item } from '../kit/ItemList';

export interface InvoiceItem {
  documentId: string;
  number: string | null;
  counterparty: string | null;
  currency: string;
  outstanding: string | null;
  dueDate: string | null;
  daysOverdue: number;
  state: string | null;
}

/** An invoice as a line: its number, the client, when it is due (or how late it is), what is still owed. */
export function invoiceLine(invoice: InvoiceItem, formatMessage: IntlShape['formatMessage']): Item {
  const late = invoice.daysOverdue > 0;
  return {
    key: invoice.documentId,
    to: recordLink('api::invoice.invoice', invoice.documentId),
    lead: invoice.number,
    text: invoice.counterparty ?? '—',
    detail: late
      ? formatMessage({ id: 'vitrylo.home.invoice.late' }, { days: invoice.daysOverdue })
      : invoice.dueDate
        ? formatMessage({ id: 'vitrylo.home.invoice.due' }, { date: invoice.dueDate })
        : null,
    aside: invoice.outstanding === null ? null : formatDecimalMoney(invoice.outstanding, invoice.currency),
    tone: late ? 'danger' : 'neutral',
  };
}

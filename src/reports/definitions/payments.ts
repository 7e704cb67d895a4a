import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { paymentRow, paymentsReport } from '../../domain/reports/catalog/payments';
import type { DateSpan } from '../../domain/time';
import { enumCaption } from '../../type-meta';
import { crmReport } from '../crm-report';
import { nameIfVisible, visibleIdsAmong } from '../hidden-names';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

const PAYMENT = UID.payment;
const PAGE_SIZE = 5000;

interface Parameters {
  period: DateSpan;
  direction: 'incoming' | 'outgoing' | 'all';
  currency: string;
}

/** The period's payments the caller may see, oldest first, a page of 5,000 at a time (keyset on date, id). */
async function* paymentPages(parameters: Parameters, context: ReportQueryContext): AsyncIterable<Record<string, unknown>[]> {
  const where = visibleWhere(context, PAYMENT, {
    $and: [
      { date: { $gte: parameters.period.from, $lte: parameters.period.to } },
      { currency: parameters.currency },
      parameters.direction === 'all' ? {} : { direction: parameters.direction },
      whenGiven(context, 'counterparty', (ids) => ({ counterparty: { id: { $in: ids } } })),
    ],
  });
  if (where === null) return;
  const caption = (field: 'direction' | 'matchStatus', value: string) => enumCaption(PAYMENT, field, value);
  let after: { id: number; date: string } | null = null;
  for (;;) {
    // (date, id) after the last key, as one index range from it (see the chronicle's pages)
    const keyset = after ? { $and: [{ date: { $gte: after.date } }, { $or: [{ date: { $gt: after.date } }, { id: { $gt: after.id } }] }] } : null;
    const payments: any[] = await context.strapi.db.query(PAYMENT as any).findMany({
      where: keyset ? { $and: [where, keyset] } : where,
      select: ['id', 'date', 'bankDocNumber', 'direction', 'payerName', 'payeeName', 'purpose', 'amount', 'matchStatus'],
      populate: { counterparty: { select: ['id', 'name'] }, invoice: { select: ['id', 'number'] } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      limit: PAGE_SIZE,
    });
    if (payments.length === 0) return;
    const clients = await visibleIdsAmong(context, UID.counterparty, payments.map((payment) => payment.counterparty?.id));
    const invoices = await visibleIdsAmong(context, UID.invoice, payments.map((payment) => payment.invoice?.id));
    yield payments.map((payment) =>
      paymentRow(
        {
          ...payment,
          counterparty: nameIfVisible(clients, payment.counterparty?.id, nameOf(payment.counterparty)),
          invoice: nameIfVisible(invoices, payment.invoice?.id, nameOf(payment.invoice, 'number')),
        },
        caption,
        parameters.direction === 'all',
      ),
    );
    if (payments.length < PAGE_SIZE) return;
    const last = payments[payments.length - 1];
    after = { id: last.id, date: last.date };
  }
}

export default crmReport({
  reads: { [PAYMENT]: ['date', 'bankDocNumber', 'direction', 'payerName', 'payeeName', 'purpose', 'amount', 'currency', 'matchStatus', 'counterparty', 'invoice'] },
  definition: defineReport<any, any, ReportQueryContext>({ ...paymentsReport, pages: paymentPages }),
});

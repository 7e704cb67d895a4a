import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { SalesLine, salesVolumeReport, salesVolumeSheets } from '../../domain/reports/catalog/sales-volume';
import { nameOf } from '../../domain/reports/catalog/common';
import type { DateSpan } from '../../domain/time';
import { crmReport } from '../crm-report';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

const SOLD_STATES = ['issued', 'partially-paid', 'paid', 'overdue'];

async function salesLines(parameters: { period: DateSpan; currency: string }, context: ReportQueryContext): Promise<SalesLine[]> {
  const where = visibleWhere(context, UID.invoice, {
    $and: [
      { date: { $gte: parameters.period.from, $lte: parameters.period.to } },
      { state: { $in: SOLD_STATES } },
      { currency: parameters.currency },
      whenGiven(context, 'manager', (ids) => ({ author: { id: { $in: ids } } })),
    ],
  });
  if (where === null) return [];
  const invoices: any[] = await context.strapi.db.query(UID.invoice as any).findMany({
    where,
    select: ['id', 'date'],
    populate: {
      author: { select: ['fullName'] },
      counterparty: {
        select: ['name'],
        populate: { manager: { select: ['fullName'] }, industry: { select: ['name'] }, marketSegment: { select: ['name'] } },
      },
      lines: { select: ['net', 'total'], populate: { product: { select: ['id'], populate: { productGroup: { select: ['id', 'name'] } } } } },
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  });
  const groups = context.ids('productGroup');
  return invoices.flatMap((invoice) =>
    (invoice.lines ?? [])
      .filter((line: any) => groups === null || groups.includes(line.product?.productGroup?.id))
      .map((line: any) => ({
        invoiceId: invoice.id,
        date: invoice.date,
        manager: nameOf(invoice.author, 'fullName') ?? nameOf(invoice.counterparty?.manager, 'fullName'),
        client: nameOf(invoice.counterparty),
        industry: nameOf(invoice.counterparty?.industry),
        segment: nameOf(invoice.counterparty?.marketSegment),
        productGroup: nameOf(line.product?.productGroup),
        net: line.net,
        total: line.total,
      })),
  );
}

export default crmReport({
  reads: { [UID.invoice]: ['date', 'state', 'currency', 'lines.net', 'lines.total', 'lines.product', 'author', 'counterparty'] },
  definition: defineReport<any, any, ReportQueryContext>({
    ...salesVolumeReport,
    query: async (parameters, context) => salesVolumeSheets(await salesLines(parameters, context)),
  }),
});

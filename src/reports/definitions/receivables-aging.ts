import { UID } from '../../access/uids';
import { defineReport } from '../../domain/reports';
import { nameOf } from '../../domain/reports/catalog/common';
import { ReceivableInvoice, receivablesAgingReport, receivablesAgingSheets } from '../../domain/reports/catalog/receivables-aging';
import { formatKopecks, Kopecks, toKopecks } from '../../domain/money';
import type { LocalDate } from '../../domain/time';
import { crmReport } from '../crm-report';
import { nameIfVisible, visibleIdsAmong } from '../hidden-names';
import { readInChunks } from '../in-chunks';
import { ReportQueryContext, visibleWhere, whenGiven } from '../report-context';

/** Invoices still waiting for money today. */
const UNPAID_STATES = ['issued', 'partially-paid', 'overdue'];

/**
 * What arrived for each invoice by `asOf`: incoming payments linked to it, dated on or before the day, among
 * those the caller may see (a payment hidden from them is not counted, as it is not shown elsewhere).
 */
async function paidByInvoice(context: ReportQueryContext, invoiceIds: number[], asOf: LocalDate): Promise<Map<number, Kopecks>> {
  const paid = new Map<number, Kopecks>();
  const payments = await readInChunks(invoiceIds, async (slice) => {
    const where = visibleWhere(context, UID.payment, { $and: [{ invoice: { id: { $in: slice } } }, { direction: 'incoming' }, { date: { $lte: asOf } }] });
    if (where === null) return [];
    return context.strapi.db.query(UID.payment as any).findMany({ where, select: ['id', 'amount'], populate: { invoice: { select: ['id'] } } }) as Promise<any[]>;
  });
  for (const payment of payments) {
    const invoiceId = payment.invoice?.id;
    if (invoiceId === undefined || payment.amount === null || payment.amount === undefined) continue;
    paid.set(invoiceId, (paid.get(invoiceId) ?? 0n) + toKopecks(payment.amount, 'amount'));
  }
  return paid;
}

async function receivableInvoices(parameters: { currency: string }, asOf: LocalDate, context: ReportQueryContext): Promise<ReceivableInvoice[]> {
  const where = visibleWhere(context, UID.invoice, {
    $and: [
      { date: { $lte: asOf } },
      // what may have owed something on the day: unpaid now, or paid since (drafts were never sent, cancelled
      // ones are owed nothing); years of invoices settled long ago are not read at all
      { $or: [{ state: { $in: UNPAID_STATES } }, { state: 'paid', payments: { direction: 'incoming', date: { $gt: asOf } } }] },
      { currency: parameters.currency },
      whenGiven(context, 'manager', (ids) => ({ author: { id: { $in: ids } } })),
    ],
  });
  if (where === null) return [];
  const invoices: any[] = await context.strapi.db.query(UID.invoice as any).findMany({
    where,
    select: ['id', 'number', 'date', 'dueDate', 'total'],
    populate: { author: { select: ['fullName'] }, counterparty: { select: ['id', 'name'], populate: { manager: { select: ['fullName'] } } } },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  });
  const paid = await paidByInvoice(
    context,
    invoices.map((invoice) => invoice.id),
    asOf,
  );
  const visibleClients = await visibleIdsAmong(context, UID.counterparty, invoices.map((invoice) => invoice.counterparty?.id));
  return invoices.map((invoice) => ({
    number: invoice.number ?? null,
    date: invoice.date,
    dueDate: invoice.dueDate ?? null,
    client: nameIfVisible(visibleClients, invoice.counterparty?.id, nameOf(invoice.counterparty)),
    // the debt is its manager's as a sale is: the employee who issued the invoice, else the client's manager
    manager: nameOf(invoice.author, 'fullName') ?? nameOf(invoice.counterparty?.manager, 'fullName'),
    total: invoice.total,
    paid: formatKopecks(paid.get(invoice.id) ?? 0n),
  }));
}

export default crmReport({
  reads: {
    [UID.invoice]: ['number', 'date', 'dueDate', 'state', 'currency', 'total', 'author', 'counterparty'],
    [UID.payment]: ['date', 'amount', 'direction', 'invoice'],
  },
  definition: defineReport<any, any, ReportQueryContext>({
    ...receivablesAgingReport,
    query: async (parameters, context) => {
      const asOf: LocalDate = parameters.date ?? context.today;
      return receivablesAgingSheets(await receivableInvoices(parameters, asOf, context), asOf);
    },
  }),
});

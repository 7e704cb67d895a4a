import { UID } from '../../access/uids';
import { andFilters, toWhere } from '../../access/visibility';
import { defineReport } from '../../domain/reports';
import { CompanyRequisites, InvoiceSource, invoicePrintData, invoicePrintReport } from '../../domain/reports/catalog/invoice-print';
import { makeInvoicePrintTemplate } from '../../domain/reports/catalog/invoice-print-template';
import { crmReport } from '../crm-report';
import { NOT_VISIBLE, visibleIdsAmong } from '../hidden-names';
import type { ReportQueryContext } from '../report-context';

/** The invoice the parameter names, as the caller may see it (resolveReferences refused any other). */
async function invoiceOf(context: ReportQueryContext): Promise<InvoiceSource> {
  const [id] = context.ids('invoice') ?? [];
  const readable = context.visibility.filter(UID.invoice) ?? { id: { $null: true } };
  const invoice: any = await context.strapi.db.query(UID.invoice as any).findOne({
    where: toWhere(context.strapi, UID.invoice, andFilters({ id }, readable)),
    select: ['number', 'date', 'dueDate', 'currency', 'totalNet', 'totalVat', 'total'],
    populate: {
      author: { select: ['fullName'] },
      counterparty: { select: ['id', 'name', 'fullName', 'edrpou', 'rnokpp'], populate: { address: true } },
      contract: { select: ['number', 'date'] },
      lines: { populate: { product: { select: ['name', 'code'] } } },
    },
  });
  // an invoice the caller issued to a client they may not see prints without that client's requisites
  const buyer = invoice?.counterparty ?? null;
  const buyerVisible = buyer ? (await visibleIdsAmong(context, UID.counterparty, [buyer.id])).has(buyer.id) : false;
  return { ...invoice, author: invoice?.author?.fullName ?? null, buyer: buyer && !buyerVisible ? { name: NOT_VISIBLE } : buyer, lines: invoice?.lines ?? [] };
}

const companyOf = (context: ReportQueryContext): CompanyRequisites => (context.strapi.config.get('company') as CompanyRequisites) ?? {};

/**
 * Invoices are printed one at a time, so the invoice is read twice per run (details, then lines): a
 * single small query each, cheaper to repeat than to thread a cache through the run.
 */
export default crmReport({
  reads: {
    [UID.invoice]: ['number', 'date', 'dueDate', 'currency', 'totalNet', 'totalVat', 'total', 'lines.price', 'lines.quantity', 'lines.total', 'counterparty'],
    [UID.counterparty]: ['name', 'edrpou'],
  },
  details: async (_parameters, context) => invoicePrintData(await invoiceOf(context), companyOf(context)).details,
  defaultTemplate: makeInvoicePrintTemplate,
  definition: defineReport<any, any, ReportQueryContext>({
    ...invoicePrintReport,
    query: async (_parameters, context) => [invoicePrintData(await invoiceOf(context), companyOf(context)).lines],
  }),
});

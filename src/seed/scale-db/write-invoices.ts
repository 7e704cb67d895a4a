import type { InvoiceDraft } from '../scale';
import type { IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { writeComponents, writeLinkedDocuments, writeLinks, WriteContext } from './rows';
import type { SinkTransaction } from './sink';

/**
 * Invoices with their lines (component rows, their `invoices_cmps` rows and product links) and their payments
 * in the same transaction: an invoice's paid amount and its payments are never written one without the other.
 */
export async function writeInvoices(
  tx: SinkTransaction,
  layouts: { invoice: TypeLayout; payment: TypeLayout },
  drafts: InvoiceDraft[],
  ids: IdMap,
  context: WriteContext,
): Promise<{ rows: number; payments: number }> {
  const { invoice, payment } = layouts;
  const invoices = await writeLinkedDocuments(tx, invoice, drafts, (d) => ({ counterparty: ids.counterparty[d.counterparty], author: d.links.author }), context);
  let rows = invoices.rows;

  const lineIds = await writeComponents(tx, invoice, 'lines', drafts.map((d, n) => [invoices.ids[n], d.lines.map((l) => l.fields)]));
  rows += 2 * lineIds.length;
  const products = drafts.flatMap((d) => d.lines.map((l) => l.product));
  rows += await writeLinks(tx, link(invoice.components.lines, 'product'), products.map((p, n) => [lineIds[n], p]), context.orders);

  const paid = drafts.flatMap((d, n) => d.payments.map((p) => ({ ...p, invoiceId: invoices.ids[n], counterparty: ids.counterparty[d.counterparty] })));
  const payments = await writeLinkedDocuments(tx, payment, paid, (p) => ({ counterparty: p.counterparty, invoice: p.invoiceId }), context);
  return { rows: rows + payments.rows, payments: paid.length };
}

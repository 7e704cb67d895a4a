import type { InvoiceDraft } from '../scale';
import type { IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { InverseOrders, writeComponents, writeDocuments, writeLinks } from './rows';
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
  orders: InverseOrders,
): Promise<{ rows: number; payments: number }> {
  const { invoice, payment } = layouts;
  const own = await writeDocuments(tx, invoice, drafts);
  let rows = drafts.length;
  rows += await writeLinks(tx, link(invoice, 'counterparty'), drafts.map((d, n) => [own[n], ids.counterparty[d.counterparty]]), orders);
  rows += await writeLinks(tx, link(invoice, 'author'), drafts.map((d, n) => [own[n], d.links.author]), orders);

  const lineIds = await writeComponents(tx, invoice, 'lines', drafts.map((d, n) => [own[n], d.lines.map((l) => l.fields)]));
  rows += 2 * lineIds.length;
  const products = drafts.flatMap((d) => d.lines.map((l) => l.product));
  rows += await writeLinks(tx, link(invoice.components.lines, 'product'), products.map((p, n) => [lineIds[n], p]), orders);

  const paid = drafts.flatMap((d, n) => d.payments.map((p) => ({ payment: p, invoiceId: own[n], counterparty: ids.counterparty[d.counterparty] })));
  const paymentIds = await writeDocuments(tx, payment, paid.map((p) => p.payment));
  rows += paid.length;
  rows += await writeLinks(tx, link(payment, 'counterparty'), paid.map((p, n) => [paymentIds[n], p.counterparty]), orders);
  rows += await writeLinks(tx, link(payment, 'invoice'), paid.map((p, n) => [paymentIds[n], p.invoiceId]), orders);
  return { rows, payments: paid.length };
}

import type { Core } from '@strapi/strapi';
import { relationChange } from '../access/relation-references';
import { computeDocumentTotals, fillLineFromProduct, ProductForLine } from '../domain/money';
import { DocumentMiddlewareFactory, writtenData } from './types';
import { asValidationError } from './validation-error';

const DOCUMENTS_WITH_LINES = new Set(['api::contract.contract', 'api::invoice.invoice']);
const TOTAL_FIELDS = ['totalNet', 'totalVat', 'total'] as const;
const PRODUCT = 'api::product.product';

/** The product a line names (documentId or id, in any of the relation shapes), or null. */
function productRef(line: unknown): { documentId?: string; id?: number } | null {
  if (!line || typeof line !== 'object' || !('product' in line)) return null;
  const { linked } = relationChange('product', { target: PRODUCT }, (line as Record<string, unknown>).product);
  if (linked.documentIds.length) return { documentId: linked.documentIds[0] };
  if (linked.ids.length) return { id: linked.ids[0] };
  return null;
}

/** Lines that name a product take its price, unit, VAT rate and name where they are empty (one read for all lines). */
async function linesFilledFromProducts(strapi: Core.Strapi, lines: unknown[]): Promise<unknown[]> {
  const refs = lines.map(productRef);
  const documentIds = refs.flatMap((ref) => (ref?.documentId ? [ref.documentId] : []));
  const ids = refs.flatMap((ref) => (ref?.id !== undefined ? [ref.id] : []));
  if (documentIds.length + ids.length === 0) return lines;
  const products: any[] = await strapi.db.query(PRODUCT as any).findMany({
    where: { $or: [...(documentIds.length ? [{ documentId: { $in: documentIds } }] : []), ...(ids.length ? [{ id: { $in: ids } }] : [])] },
    select: ['id', 'documentId', 'name', 'unit', 'price', 'vatRate'],
  });
  const find = (ref: { documentId?: string; id?: number } | null): ProductForLine | undefined =>
    ref ? products.find((p) => (ref.documentId ? p.documentId === ref.documentId : p.id === ref.id)) : undefined;
  return lines.map((line, index) => (line && typeof line === 'object' ? fillLineFromProduct(line as Record<string, unknown>, find(refs[index])) : line));
}

/**
 * Totals of contracts and invoices always come from their lines, computed in kopecks by the core:
 * whatever a client sends for them is dropped, so they cannot be forged. A line that names a product
 * first takes what it leaves empty from the product (domain/money/product-fill.ts).
 */
export const documentTotals: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const data = DOCUMENTS_WITH_LINES.has(ctx.uid) ? writtenData(ctx) : null;
  if (!data) return next();
  for (const field of TOTAL_FIELDS) delete data[field];

  if (Array.isArray(data.lines)) {
    const lines = await linesFilledFromProducts(strapi, data.lines);
    const computed = asValidationError(() => computeDocumentTotals(lines as any[]), { uid: ctx.uid });
    data.lines = computed.lines;
    data.totalNet = computed.totalNet;
    data.totalVat = computed.totalVat;
    data.total = computed.total;
  } else if (ctx.action === 'create') {
    data.totalNet = data.totalVat = data.total = '0.00';
  }
  return next();
};

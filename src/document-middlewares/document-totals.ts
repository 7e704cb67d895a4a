import { computeDocumentTotals } from '../domain/money';
import { DocumentMiddlewareFactory, writtenData } from './types';
import { asValidationError } from './validation-error';

const DOCUMENTS_WITH_LINES = new Set(['api::contract.contract', 'api::invoice.invoice']);
const TOTAL_FIELDS = ['totalNet', 'totalVat', 'total'] as const;

/**
 * Totals of contracts and invoices always come from their lines, computed in kopecks by the core:
 * whatever a client sends for them is dropped, so they cannot be forged.
 */
export const documentTotals: DocumentMiddlewareFactory = () => async (ctx, next) => {
  const data = DOCUMENTS_WITH_LINES.has(ctx.uid) ? writtenData(ctx) : null;
  if (!data) return next();
  for (const field of TOTAL_FIELDS) delete data[field];

  if (Array.isArray(data.lines)) {
    const computed = asValidationError(() => computeDocumentTotals(data.lines), { uid: ctx.uid });
    data.lines = computed.lines;
    data.totalNet = computed.totalNet;
    data.totalVat = computed.totalVat;
    data.total = computed.total;
  } else if (ctx.action === 'create') {
    data.totalNet = data.totalVat = data.total = '0.00';
  }
  return next();
};

import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AccessColumnSync } from '../access/access-columns-sync';
import { UID } from '../access/uids';
import { messageText } from '../domain/messages';
import { requestLocale } from '../document-middlewares/validation-error';
import { applyPaymentsToInvoices } from './invoice-payments';

const WRITES = new Set(['create', 'update', 'delete']);
/** A payment's fields that move money between invoices. */
const MONEY_FIELDS = ['invoice', 'amount', 'direction', 'counterparty'];

interface PaymentLinks {
  id: number;
  invoiceId: number | null;
  invoiceCounterpartyId: number | null;
  counterpartyId: number | null;
}

async function linksOf(strapi: Core.Strapi, documentId: string | undefined): Promise<PaymentLinks | null> {
  if (!documentId) return null;
  const row: any = await strapi.db.query(UID.payment as any).findOne({
    where: { documentId },
    select: ['id'],
    populate: { invoice: { select: ['id'], populate: { counterparty: { select: ['id'] } } }, counterparty: { select: ['id'] } },
  });
  if (!row) return null;
  return { id: row.id, invoiceId: row.invoice?.id ?? null, invoiceCounterpartyId: row.invoice?.counterparty?.id ?? null, counterpartyId: row.counterparty?.id ?? null };
}

/**
 * Document middleware: an invoice's paid amount and state follow its payments. A payment created, linked to
 * an invoice by hand, changed or deleted recomputes the invoices it was and is linked to, in the write's
 * transaction (the bank import writes in bulk and does the same itself). A payment is never put on another
 * counterparty's invoice: that write is refused and rolled back; one without a payer takes the invoice's.
 */
export function invoiceMoneyMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== UID.payment || !WRITES.has(ctx.action)) return next();
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    if (ctx.action === 'update' && !MONEY_FIELDS.some((field) => params.data && field in params.data)) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const before = await linksOf(strapi, params.documentId);
      const result: any = await next();
      const after = ctx.action === 'delete' ? null : await linksOf(strapi, params.documentId ?? result?.documentId);
      if (after?.invoiceId && after.invoiceCounterpartyId && !after.counterpartyId) {
        // linked to an invoice with no payer given: the payer is the invoice's client
        await strapi.db.query(UID.payment as any).update({ where: { id: after.id }, data: { counterparty: after.invoiceCounterpartyId } });
        await new AccessColumnSync(strapi).recompute(trx, UID.payment, [after.id]);
      } else if (after?.invoiceId && after.invoiceCounterpartyId && after.invoiceCounterpartyId !== after.counterpartyId) {
        const message = messageText('payment.invoiceOfAnotherCounterparty', {}, requestLocale());
        throw new errors.ValidationError(message, { errors: [{ path: ['invoice'], message, name: 'ValidationError' }] });
      }
      if (ctx.action === 'update' && after && before && after.invoiceId !== before.invoiceId && !('matchStatus' in (params.data ?? {}))) {
        // a person linked (or unlinked) the invoice: that is a manual match, whatever matching said before
        await strapi.db.query(UID.payment as any).update({ where: { id: after.id }, data: { matchStatus: after.invoiceId ? 'manual' : 'unmatched', matchReason: null } });
      }
      const invoices = [before?.invoiceId, after?.invoiceId].filter((id): id is number => !!id);
      if (invoices.length > 0) await applyPaymentsToInvoices(strapi, trx, invoices);
      return result;
    });
  };
}

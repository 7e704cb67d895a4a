import { errors } from '@strapi/utils';
import { CM_ACTION, UID } from '../../../../access/uids';
import { visibleRowId } from '../../../../access/visibility';
import { counterpartyBalance } from '../../../../domain/invoices';
import { localDateOf } from '../../../../domain/time';
import { businessTime } from '../../../../time/business-time';
import { readVisible, seesMoney } from '../home/visible-records';
import { documentIdParam } from '../inbox/params';
import { defineRoute } from '../kit/route';

/**
 * GET /crm/counterparties/:documentId/balance: where the client stands with us, one line per currency
 * (invoiced, paid, outstanding, overdue, balance: src/domain/invoices/balance.ts), from the invoices and
 * payments the caller may see. `data: null` for whoever may not see amounts (the Secretary); 404 for a
 * client the caller may not see.
 */
export default defineRoute({
  method: 'GET',
  path: '/counterparties/:documentId/balance',
  action: [CM_ACTION.read, UID.invoice],
  async handler({ strapi, ctx, visibility }) {
    const documentId = documentIdParam(ctx);
    if ((await visibleRowId(strapi, visibility, UID.counterparty, documentId)) === null) throw new errors.NotFoundError('Контрагента не знайдено');
    if (!seesMoney(visibility, UID.invoice, 'total', 'paidAmount', 'currency', 'state', 'dueDate')) return { data: null };
    const ofClient = (uid: string) => ({ uid, entries: [{ counterparty: { documentId: { $eq: documentId } } }], sort: 'id:ASC' });
    const invoices = (await readVisible(strapi, visibility, ofClient(UID.invoice), { fields: ['total', 'paidAmount', 'currency', 'state', 'dueDate'] })) ?? [];
    // whoever may not read payments still sees what the invoices say was paid (advances left out)
    const payments = seesMoney(visibility, UID.payment, 'amount', 'currency', 'direction')
      ? ((await readVisible(strapi, visibility, ofClient(UID.payment), { fields: ['amount', 'currency', 'direction'] })) ?? [])
      : invoices.map((invoice) => ({ amount: invoice.paidAmount, currency: invoice.currency, direction: 'incoming' }));
    const today = localDateOf(new Date(), businessTime(strapi).timeZone);
    return { data: counterpartyBalance(invoices, payments as any, today) };
  },
});

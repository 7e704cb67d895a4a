import { PAYMENT_UID, paymentItem, sumByCurrency, unmatchedPayments } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { figureOf, readVisible, seesMoney } from '../home/visible-records';

const SHOWN = 5;

/** GET /crm/home/unmatched-payments: payments not tied to an invoice yet, the sums received and sent per currency (exact), the newest few. */
export default defineRoute({
  method: 'GET',
  path: '/home/unmatched-payments',
  action: 'home.accounting',
  async handler({ strapi, visibility }) {
    const query = unmatchedPayments();
    const withMoney = seesMoney(visibility, PAYMENT_UID, 'amount');
    const amounts = withMoney ? await readVisible(strapi, visibility, query, { fields: ['amount', 'currency', 'direction'] }) : null;
    const sum = (direction: string) => (amounts ? sumByCurrency(amounts.filter((row) => row.direction === direction).map((row) => ({ currency: row.currency, amount: row.amount }))) : null);
    const newest = await readVisible(strapi, visibility, query, {
      fields: ['date', 'amount', 'currency', 'direction', 'payerName', 'payeeName', 'purpose'],
      limit: SHOWN,
    });
    return {
      data: {
        ...(await figureOf(strapi, visibility, query)),
        incoming: sum('incoming'),
        outgoing: sum('outgoing'),
        items: (newest ?? []).map((row: any) => paymentItem(row)),
      },
    };
  },
});

import { activeClients, incomingPaymentsIn, invoicedIn, openRequests, sumByCurrency } from '../../../../domain/workspace';
import { formatMonth } from '../../../../domain/format';
import { defineRoute } from '../kit/route';
import { businessNow } from '../home/today';
import { figureOf, readVisible, seesMoney } from '../home/visible-records';

/**
 * GET /crm/home/company: the company at a glance — active clients, invoices issued and money received this
 * month (business zone; exact sums per currency), requests still open. Counted over what the caller may see.
 */
export default defineRoute({
  method: 'GET',
  path: '/home/company',
  action: 'home.company',
  async handler({ strapi, visibility }) {
    const { month } = businessNow(strapi);
    const invoiced = invoicedIn(month);
    const received = incomingPaymentsIn(month);
    const total = async (query: typeof invoiced, field: string) =>
      seesMoney(visibility, query.uid, field)
        ? sumByCurrency(((await readVisible(strapi, visibility, query, { fields: [field, 'currency'] })) ?? []).map((row) => ({ currency: row.currency, amount: row[field] })))
        : null;
    return {
      data: {
        month: formatMonth(month.from),
        clients: await figureOf(strapi, visibility, activeClients()),
        invoiced: { ...(await figureOf(strapi, visibility, invoiced)), amounts: await total(invoiced, 'total') },
        received: { ...(await figureOf(strapi, visibility, received)), amounts: await total(received, 'amount') },
        openRequests: await figureOf(strapi, visibility, openRequests()),
      },
    };
  },
});


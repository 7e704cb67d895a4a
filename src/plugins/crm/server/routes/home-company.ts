import { activeClients, contactsPlannedOn, incomingPaymentsIn, invoicedIn, openRequests, overdueInvoices } from '../../../../domain/workspace';
import { formatMonth } from '../../../../domain/format';
import { defineRoute } from '../kit/route';
import { owedOn, sumOf } from '../home/money';
import { businessNow } from '../home/today';
import { figureOf } from '../home/visible-records';

/**
 * GET /crm/home/company: the company at a glance — active clients, invoices issued and money received this
 * month (business zone; exact sums per currency), requests still open, contacts planned for today, overdue
 * invoices and what they owe. Counted over what the caller may see.
 */
export default defineRoute({
  method: 'GET',
  path: '/home/company',
  action: 'home.company',
  async handler({ strapi, visibility }) {
    const { day, month } = businessNow(strapi);
    const invoiced = invoicedIn(month);
    const received = incomingPaymentsIn(month);
    const overdue = overdueInvoices(day);
    return {
      data: {
        month: formatMonth(month.from),
        clients: await figureOf(strapi, visibility, activeClients()),
        invoiced: { ...(await figureOf(strapi, visibility, invoiced)), amounts: await sumOf(strapi, visibility, invoiced, 'total') },
        received: { ...(await figureOf(strapi, visibility, received)), amounts: await sumOf(strapi, visibility, received, 'amount') },
        openRequests: await figureOf(strapi, visibility, openRequests()),
        plannedToday: await figureOf(strapi, visibility, contactsPlannedOn(day)),
        overdueInvoices: { ...(await figureOf(strapi, visibility, overdue)), owed: await owedOn(strapi, visibility, overdue) },
      },
    };
  },
});

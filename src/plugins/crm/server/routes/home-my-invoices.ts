import { invoiceItem, INVOICE_UID, overdueAmong, unpaidInvoicesBy } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { myEmployee } from '../home/my-employee';
import { businessNow } from '../home/today';
import { owedOn } from '../home/money';
import { figureOf, readVisible, seesMoney } from '../home/visible-records';

const SHOWN = 5;

/**
 * GET /crm/home/my-unpaid-invoices: unpaid invoices the caller issued, how many are overdue, what is still
 * owed per currency (exact), and the ones due first.
 */
export default defineRoute({
  method: 'GET',
  path: '/home/my-unpaid-invoices',
  action: 'home.sales',
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null } };
    const { day } = businessNow(strapi);
    const query = unpaidInvoicesBy(me);
    const withMoney = seesMoney(visibility, INVOICE_UID, 'total', 'paidAmount');
    const first = await readVisible(strapi, visibility, query, {
      fields: ['number', 'total', 'paidAmount', 'currency', 'dueDate', 'state'],
      relations: { counterparty: 'name' },
      limit: SHOWN,
    });
    return {
      data: {
        me: { fullName: me.fullName },
        ...(await figureOf(strapi, visibility, query)),
        overdue: await figureOf(strapi, visibility, overdueAmong(query, day)),
        outstanding: await owedOn(strapi, visibility, query),
        items: (first ?? []).map((row: any) => invoiceItem(row, day, withMoney)),
      },
    };
  },
});

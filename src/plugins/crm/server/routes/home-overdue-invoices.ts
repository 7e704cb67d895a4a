import { invoiceItem, INVOICE_UID, overdueInvoices } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { businessNow } from '../home/today';
import { owedOn } from '../home/money';
import { figureOf, readVisible, seesMoney } from '../home/visible-records';

const SHOWN = 5;

/** GET /crm/home/overdue-invoices: unpaid invoices past their due date, what is still owed per currency (exact), the longest overdue first. */
export default defineRoute({
  method: 'GET',
  path: '/home/overdue-invoices',
  action: 'home.accounting',
  async handler({ strapi, visibility }) {
    const { day } = businessNow(strapi);
    const query = overdueInvoices(day);
    const withMoney = seesMoney(visibility, INVOICE_UID, 'total', 'paidAmount');
    const first = await readVisible(strapi, visibility, query, {
      fields: ['number', 'total', 'paidAmount', 'currency', 'dueDate', 'state'],
      relations: { counterparty: 'name' },
      limit: SHOWN,
    });
    return {
      data: {
        ...(await figureOf(strapi, visibility, query)),
        outstanding: await owedOn(strapi, visibility, query),
        items: (first ?? []).map((row: any) => invoiceItem(row, day, withMoney)),
      },
    };
  },
});

import { errorMessage } from '../../domain/cron';
import { isInvoiceOverdue, OVERDUE_CANDIDATE_STATES } from '../../domain/invoices';
import { localDateOf } from '../../domain/time';
import { defineTask } from '../define-task';

const INVOICE = 'api::invoice.invoice';
const PAGE = 200;

/**
 * Every day at 00:05 in the business zone: issued and partly paid invoices whose due date is before today
 * become overdue. Through the Document Service, so the audit trail counts them in the job's entry.
 * Idempotent: it looks only at the invoices' state and due date now. An invoice that cannot be updated is
 * reported (the run fails with its number) without stopping the others.
 */
export const markOverdueInvoices = defineTask({
  name: 'mark-overdue-invoices',
  rule: '5 0 * * *',
  description: 'Рахунки з терміном оплати до сьогодні, виставлені або частково оплачені, стають простроченими.',
  async run(strapi, { now, timeZone, counts }) {
    const today = localDateOf(now, timeZone);
    const failures: string[] = [];
    let afterId = 0;
    for (;;) {
      // Row-level read (a bulk read needs no document middleware), paged by id, so a row that fails
      // to update is not read again.
      const page: any[] = await strapi.db.query(INVOICE as any).findMany({
        select: ['id', 'documentId', 'number', 'state', 'dueDate'],
        where: { id: { $gt: afterId }, state: { $in: [...OVERDUE_CANDIDATE_STATES] }, dueDate: { $lt: today } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      for (const invoice of page) {
        if (!isInvoiceOverdue(invoice, today)) continue;
        try {
          await strapi.documents(INVOICE as any).update({ documentId: invoice.documentId, data: { state: 'overdue' } as any });
        } catch (error) {
          failures.push(`№ ${invoice.number}: ${errorMessage(error)}`);
        }
      }
    }
    if (failures.length > 0) {
      counts.failed = failures.length;
      throw new Error(`${failures.length} invoice(s) could not be marked overdue: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`);
    }
  },
});

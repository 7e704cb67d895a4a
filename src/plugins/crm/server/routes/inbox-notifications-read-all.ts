import { CM_ACTION } from '../../../../access/uids';
import { andFilters, toWhere } from '../../../../access/visibility';
import { myEmployee } from '../../../../inbox/request-actions';
import { NOTIFICATION } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';

/** At most this many per call: the panel calls again while `more` is true. */
const BATCH = 200;

/** POST /crm/inbox/notifications/read-all: every unread notification of the caller read now. */
export default defineRoute({
  method: 'POST',
  path: '/inbox/notifications/read-all',
  action: 'inbox.read',
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    const editable = visibility.filter(NOTIFICATION, CM_ACTION.update);
    if (!me || editable === null) return { data: { marked: 0, more: false } };
    const rows: any[] = await strapi.db.query(NOTIFICATION as any).findMany({
      where: toWhere(strapi, NOTIFICATION, andFilters({ recipient: { id: me.id }, readAt: { $null: true } }, editable)),
      select: ['documentId'],
      limit: BATCH + 1,
    });
    const readAt = new Date().toISOString();
    for (const row of rows.slice(0, BATCH)) {
      await strapi.documents(NOTIFICATION as any).update({ documentId: row.documentId, data: { readAt } as any, fields: ['documentId'] as any });
    }
    return { data: { marked: Math.min(rows.length, BATCH), more: rows.length > BATCH } };
  },
});

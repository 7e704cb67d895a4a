import { errors } from '@strapi/utils';
import { CM_ACTION } from '../../../../access/uids';
import { andFilters, toWhere } from '../../../../access/visibility';
import { myEmployee } from '../../../../inbox/request-actions';
import { NOTIFICATION } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/** POST /crm/inbox/notifications/:documentId/read: one's own notification read (anybody else's is 404). */
export default defineRoute({
  method: 'POST',
  path: '/inbox/notifications/:documentId/read',
  action: 'inbox.read',
  async handler({ strapi, ctx, user, visibility }) {
    const documentId = documentIdParam(ctx);
    const me = await myEmployee(strapi, user.id);
    const editable = visibility.filter(NOTIFICATION, CM_ACTION.update);
    if (!me || editable === null) throw new errors.NotFoundError('Not Found');
    const row: any = await strapi.db.query(NOTIFICATION as any).findOne({
      where: toWhere(strapi, NOTIFICATION, andFilters({ documentId, recipient: { id: me.id } }, editable)),
      select: ['documentId', 'readAt'],
    });
    if (!row) throw new errors.NotFoundError('Not Found');
    const readAt = row.readAt ?? new Date().toISOString();
    // as the person (not a trusted write): the guard lets people change nothing but readAt of their own
    if (!row.readAt) await strapi.documents(NOTIFICATION as any).update({ documentId, data: { readAt } as any, fields: ['documentId'] as any });
    return { data: { documentId, readAt } };
  },
});

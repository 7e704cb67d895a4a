import { loadRequestFor, markRead } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/** POST /crm/inbox/requests/:documentId/read: the assignee marks their request read. */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/read',
  action: 'inbox.read',
  async handler({ strapi, ctx, user, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'read');
    return { data: { documentId: loaded.row.documentId, changed: await markRead(strapi, loaded) } };
  },
});

import { loadRequestFor, take } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/** POST /crm/inbox/requests/:documentId/take: "взяти в роботу" — in progress (a request nobody had becomes the taker's). */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/take',
  action: 'inbox.read',
  async handler({ strapi, ctx, user, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'take');
    await take(strapi, loaded);
    return { data: { documentId: loaded.row.documentId, state: 'in-progress' } };
  },
});

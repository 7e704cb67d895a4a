import { z } from '@strapi/utils';
import { forward, loadRequestFor } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/** POST /crm/inbox/requests/:documentId/forward { to: employee documentId, reason }: the history keeps who, to whom, why, when. */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/forward',
  action: 'inbox.read',
  body: z.object({ to: z.string(), reason: z.string() }).strict(),
  async handler({ strapi, ctx, user, body, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'forward');
    await forward(strapi, loaded, body);
    return { data: { documentId: loaded.row.documentId, assignee: body.to } };
  },
});

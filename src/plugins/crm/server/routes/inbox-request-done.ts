import { z } from '@strapi/utils';
import { complete, loadRequestFor } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/** POST /crm/inbox/requests/:documentId/done { result }: done, the result written into the client's chronicle. */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/done',
  action: 'inbox.read',
  body: z.object({ result: z.string() }).strict(),
  async handler({ strapi, ctx, user, body, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'done');
    await complete(strapi, loaded, body);
    return { data: { documentId: loaded.row.documentId, state: 'done' } };
  },
});

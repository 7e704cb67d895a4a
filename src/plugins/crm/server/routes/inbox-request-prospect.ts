import { loadRequestFor, makeProspect } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/**
 * POST /crm/inbox/requests/:documentId/prospect: "зробити потенційним клієнтом" — the unknown caller becomes a
 * prospect with a contact person, linked to the request and its chronicle entry, in one transaction. Needs
 * the right to create counterparties.
 */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/prospect',
  action: 'inbox.read',
  async handler({ strapi, ctx, user, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'prospect');
    ctx.status = 201;
    return { data: await makeProspect(strapi, loaded, visibility) };
  },
});

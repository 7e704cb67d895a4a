import { z } from '@strapi/utils';
import { forward, loadRequestFor } from '../../../../inbox/request-actions';
import { issue } from '../../../../domain/messages';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { INBOUND_REQUEST } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/**
 * POST /crm/inbox/requests/:documentId/forward { to: employee documentId | department: department documentId, reason }:
 * to a person, or to a department (its duty person now, else its head); the history keeps who, to whom, why, when.
 */
export default defineRoute({
  method: 'POST',
  path: '/inbox/requests/:documentId/forward',
  action: 'inbox.read',
  body: z.object({ to: z.string().optional(), department: z.string().optional(), reason: z.string() }).strict(),
  async handler({ strapi, ctx, user, body, visibility }) {
    const loaded = await loadRequestFor(strapi, visibility, user.id, documentIdParam(ctx), 'forward');
    if ((body.to === undefined) === (body.department === undefined)) throw toValidationError([issue('to', 'forward.toOrDepartment')], { uid: INBOUND_REQUEST });
    const assignee = await forward(strapi, loaded, body);
    return { data: { documentId: loaded.row.documentId, assignee } };
  },
});

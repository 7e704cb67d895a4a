import { errors, z } from '@strapi/utils';
import { CM_ACTION } from '../../../../access/uids';
import { andFilters, toWhere } from '../../../../access/visibility';
import { completePlanned } from '../../../../domain/chronicle';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { INTERACTION } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

/**
 * POST /crm/interactions/:documentId/complete { result, at?, nextContactAt?, nextContactNote? }: a planned
 * contact is done, at the moment it happened (now by default), with its result; a next contact given here is
 * planned by the same rule as any save (the next-contact middleware). `offerNext` says the panel should
 * offer to plan one. Only for someone who may edit the interaction.
 */
export default defineRoute({
  method: 'POST',
  path: '/interactions/:documentId/complete',
  action: [CM_ACTION.update, INTERACTION],
  body: z
    .object({
      result: z.string(),
      at: z.string().datetime({ offset: true }).optional(),
      nextContactAt: z.string().datetime({ offset: true }).nullable().optional(),
      nextContactNote: z.string().max(255).nullable().optional(),
    })
    .strict(),
  async handler({ strapi, ctx, body, visibility }) {
    const documentId = documentIdParam(ctx);
    const editable = visibility.filter(INTERACTION, CM_ACTION.update);
    if (editable === null) throw new errors.ForbiddenError();
    const row: any = await strapi.db.query(INTERACTION as any).findOne({ where: toWhere(strapi, INTERACTION, andFilters({ documentId }, editable)), select: ['documentId', 'state'] });
    if (!row) throw new errors.NotFoundError('Not Found');
    const completion = completePlanned(
      { id: row.documentId, state: row.state },
      { result: body.result, at: body.at ? new Date(body.at) : new Date(), nextContactAt: body.nextContactAt ?? null, nextContactNote: body.nextContactNote ?? null },
    );
    if (!completion.ok) throw toValidationError(completion.issues, { uid: INTERACTION });
    // as the person: their right to edit it was checked above, and the guard judges the write like any other
    await strapi.documents(INTERACTION as any).update({ documentId, data: completion.value as any, fields: ['documentId'] as any });
    return { data: { documentId, state: 'done', offerNext: completion.offerNext } };
  },
});

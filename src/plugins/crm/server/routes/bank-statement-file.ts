import { errors } from '@strapi/utils';
import { CM_ACTION, UID } from '../../../../access/uids';
import { visibleRowId } from '../../../../access/visibility';
import { readPrivateFile } from '../../../../private-files/private-file-store';
import { documentIdParam } from '../inbox/params';
import { defineRoute } from '../kit/route';

/** GET /crm/bank-statements/:documentId/file: the statement file as the bank sent it, to whoever may read that statement. */
export default defineRoute({
  method: 'GET',
  path: '/bank-statements/:documentId/file',
  action: [CM_ACTION.read, UID.bankStatement],
  async handler({ strapi, ctx, visibility }) {
    const documentId = documentIdParam(ctx);
    const statement = await visibleRowId(strapi, visibility, UID.bankStatement, documentId);
    const file = statement !== null ? await readPrivateFile(strapi, { uid: UID.bankStatement, documentId }) : null;
    if (!file) throw new errors.NotFoundError('Файл виписки не знайдено');
    // the bytes as the bank wrote them (cp1251 or cp866 as often as UTF-8): no charset a browser could misapply
    ctx.type = 'application/octet-stream';
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = file.content;
    return undefined;
  },
});

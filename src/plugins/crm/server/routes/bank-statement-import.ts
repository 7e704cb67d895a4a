import { promises as fs } from 'node:fs';
import { z } from '@strapi/utils';
import { issue } from '../../../../domain/messages';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { importStatement, MAX_STATEMENT_BYTES } from '../../../../bank/statement-import';
import { statementRefusalError } from '../../../../bank/refusal-error';
import { myEmployee } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';

const flag = z.enum(['true', 'false']).default('false');

/**
 * POST /crm/bank-statements/import (multipart `file`): imports a Client-Bank statement and answers its
 * summary. `preview=true` parses and matches without saving anything (the page shows what would happen
 * before the accountant confirms); `createCounterparties=true` makes counterparties for payers nobody knows.
 * A refused file answers 400 naming the line and the reason; nothing is saved.
 */
export default defineRoute({
  method: 'POST',
  path: '/bank-statements/import',
  action: 'bank-import.manage',
  query: z.object({ preview: flag, createCounterparties: flag }).strict(),
  async handler({ strapi, ctx, user, query }) {
    const upload = uploadedFile(ctx.request.files);
    const content = await fs.readFile(upload.filepath);
    // the upload's temporary copy holds business data: gone as soon as it is read
    await fs.unlink(upload.filepath).catch(() => undefined);
    try {
      const result = await importStatement(strapi, {
        fileName: upload.originalFilename || 'statement.txt',
        content,
        importedBy: await myEmployee(strapi, user.id),
        createCounterparties: query.createCounterparties === 'true',
        preview: query.preview === 'true',
      });
      return { data: result };
    } catch (error) {
      throw statementRefusalError(error) ?? error;
    }
  },
});

function uploadedFile(files: any): { filepath: string; originalFilename?: string | null; size: number } {
  const file = files?.file;
  if (!file || Array.isArray(file)) throw toValidationError([issue('file', 'statement.fileMissing')]);
  if (file.size > MAX_STATEMENT_BYTES) throw toValidationError([issue('file', 'statement.fileTooLarge', { megabytes: MAX_STATEMENT_BYTES / 1024 / 1024 })]);
  return file;
}

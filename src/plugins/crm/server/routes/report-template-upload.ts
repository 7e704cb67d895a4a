import { promises as fs } from 'node:fs';
import { issue } from '../../../../domain/messages';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { reportFor } from '../../../../reports/run-report';
import { saveTemplate } from '../../../../reports/report-templates';
import { defineRoute } from '../kit/route';
import { reportKeyParam } from '../reports/params';

/** Templates are small workbooks: a logo and a few sheets. */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/**
 * POST /crm/reports/:key/template (multipart `file`): the company's edited template. A broken one is
 * refused (400 naming the cell and the reason) and the report keeps its current look; a good one is on
 * from the next run.
 */
export default defineRoute({
  method: 'POST',
  path: '/reports/:key/template',
  action: 'reports.manage-templates',
  async handler({ strapi, ctx, visibility }) {
    const report = reportFor(visibility, reportKeyParam(ctx));
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file)) throw toValidationError([issue('file', 'report.template.fileMissing')]);
    const content = await fs.readFile(file.filepath);
    await fs.unlink(file.filepath).catch(() => undefined);
    if (content.length > MAX_TEMPLATE_BYTES) throw toValidationError([issue('file', 'statement.fileTooLarge', { megabytes: MAX_TEMPLATE_BYTES / 1024 / 1024 })]);
    return { data: await saveTemplate(strapi, report.definition, { fileName: file.originalFilename || `${report.definition.key}.xlsx`, content }) };
  },
});

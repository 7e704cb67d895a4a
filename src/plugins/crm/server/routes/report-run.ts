import { z } from '@strapi/utils';
import { issue } from '../../../../domain/messages';
import { requestLocale, toValidationError } from '../../../../document-middlewares/validation-error';
import { prepareRun, reportScreen, reportWorkbook, workbookFileName } from '../../../../reports/run-report';
import { activeTemplateFile, XLSX_MIME } from '../../../../reports/report-templates';
import { defineRoute } from '../kit/route';
import { reportKeyParam, sendFile } from '../reports/params';

/**
 * GET /crm/reports/:key?format=json|xlsx&from=&to=&<parameter>=…: one report, limited to what the caller
 * may see. json (the default) is the screen's tables; xlsx the workbook, in the company's template when
 * one is on. Parameters are the report's own (`period[from]` or `from`/`to`, lists as 'a,b' or repeated);
 * any other key is refused by name.
 */
export default defineRoute({
  method: 'GET',
  path: '/reports/:key',
  action: 'reports.read',
  query: z.record(z.string(), z.unknown()),
  async handler({ strapi, ctx, query, visibility }) {
    const { format = 'json', ...parameters } = query as Record<string, unknown>;
    if (format !== 'json' && format !== 'xlsx') {
      throw toValidationError([issue('format', 'request.oneOf', { values: 'json, xlsx' })]);
    }
    const run = await prepareRun(strapi, visibility, reportKeyParam(ctx), parameters, requestLocale());
    if (format === 'json') return { data: await reportScreen(run) };
    const workbook = await reportWorkbook(run, await activeTemplateFile(strapi, run.report.definition.key));
    sendFile(ctx, workbookFileName(run), XLSX_MIME, workbook);
    return undefined;
  },
});

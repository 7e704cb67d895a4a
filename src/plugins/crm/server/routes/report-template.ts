import { makeReportTemplate } from '../../../../domain/reports';
import { requestLocale } from '../../../../document-middlewares/validation-error';
import { reportFor } from '../../../../reports/run-report';
import { templateFile, XLSX_MIME } from '../../../../reports/report-templates';
import { defineRoute } from '../kit/route';
import { reportKeyParam, sendFile } from '../reports/params';

/**
 * GET /crm/reports/:key/template: the .xlsx to edit in Excel: the company's uploaded template when there is
 * one (to change it further), else the report's built-in print layout (the invoice form) or its standard
 * layout, with placeholders.
 */
export default defineRoute({
  method: 'GET',
  path: '/reports/:key/template',
  action: 'reports.read',
  async handler({ strapi, ctx, visibility }) {
    const report = reportFor(visibility, reportKeyParam(ctx));
    const uploaded = await templateFile(strapi, report.definition.key);
    const locale = requestLocale();
    const content = uploaded?.content ?? (report.defaultTemplate ? await report.defaultTemplate() : await makeReportTemplate(report.definition, 0, { locale }));
    const title = report.definition.title[locale] || report.definition.title.uk;
    sendFile(ctx, uploaded?.name ?? `${title} — шаблон.xlsx`, XLSX_MIME, content);
    return undefined;
  },
});

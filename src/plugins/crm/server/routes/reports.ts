import { REPORT_SECTIONS } from '../../../../domain/reports';
import { requestLocale } from '../../../../document-middlewares/validation-error';
import { CRM_REPORTS } from '../../../../reports/catalog';
import { mayRunReport } from '../../../../reports/report-access';
import { reportListItem } from '../../../../reports/report-list';
import { storedTemplate } from '../../../../reports/report-templates';
import { defineRoute } from '../kit/route';

/**
 * GET /crm/reports: the reports the caller may run, by section, each with its parameters (for the form)
 * and whether the company's own template is on.
 */
export default defineRoute({
  method: 'GET',
  path: '/reports',
  action: 'reports.read',
  async handler({ strapi, visibility }) {
    const locale = requestLocale();
    const reports = CRM_REPORTS.filter((report) => mayRunReport(visibility, report));
    const items = await Promise.all(reports.map(async (report) => reportListItem(report, locale, await storedTemplate(strapi, report.definition.key))));
    return { data: items.sort((a, b) => REPORT_SECTIONS.indexOf(a.section) - REPORT_SECTIONS.indexOf(b.section)) };
  },
});

import { errors } from '@strapi/utils';
import { reportFor } from '../../../../reports/run-report';
import { removeTemplate } from '../../../../reports/report-templates';
import { defineRoute } from '../kit/route';
import { reportKeyParam } from '../reports/params';

/** DELETE /crm/reports/:key/template: back to the standard layout; 404 when the report has no template. */
export default defineRoute({
  method: 'DELETE',
  path: '/reports/:key/template',
  action: 'reports.manage-templates',
  async handler({ strapi, ctx, visibility }) {
    const report = reportFor(visibility, reportKeyParam(ctx));
    if (!(await removeTemplate(strapi, report.definition.key))) throw new errors.NotFoundError('У звіту немає власного шаблону');
    return { data: { removed: true } };
  },
});

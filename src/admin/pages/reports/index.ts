import { ChartPie } from '@strapi/icons';
import { DAILY_LISTS } from '../../../type-meta/navigation';
import type { CrmPageDefinition } from '../../kit/pages';
import { REPORTS_PERMISSIONS } from './reports-api';
import { reportsMessages } from './messages';

/** «Звіти»: the reports the person may run, by section; each built on screen or downloaded as a workbook. */
export const reportsPage: CrmPageDefinition = {
  to: 'vitrylo/reports',
  icon: ChartPie,
  labelId: 'vitrylo.reports.menu',
  permissions: REPORTS_PERMISSIONS,
  Component: () => import('./ReportsPage'),
  messages: reportsMessages,
  // after the daily lists (src/admin/navigation/daily-links.ts), before the content manager
  position: 0.1 + DAILY_LISTS.length / 100 + 0.005,
};

import type { Visibility } from '../access/visibility';
import type { CrmReport } from './crm-report';

/** Whether the caller may read every record type and field the report shows. */
export function mayRunReport(visibility: Visibility, report: CrmReport): boolean {
  return Object.entries(report.reads).every(([uid, fields]) => visibility.filter(uid) !== null && fields.every((field) => visibility.can(uid, field)));
}

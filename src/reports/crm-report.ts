import type { ReportDefinition, ReportRow } from '../domain/reports';
import type { ReportQueryContext } from './report-context';

/**
 * A report as Vitrylo serves it: the engine's definition (its query runs against Strapi through the
 * caller's visibility) and the fields it reads. Whoever may not read every one of them (the Secretary and
 * money) does not get the report: it is not listed for them and running it is refused.
 */
export interface CrmReport {
  definition: ReportDefinition<any, any, ReportQueryContext>;
  /** content type uid → the field paths the report shows or sums */
  reads: Readonly<Record<string, readonly string[]>>;
  /** rows a paged report shows on screen; the workbook holds all of them */
  screenRows?: number;
  /** the single values of the record a report of one record is of (definition.details) */
  details?: (parameters: any, context: ReportQueryContext) => Promise<ReportRow>;
  /** the layout the report is printed in when the company has not uploaded its own (the invoice form) */
  defaultTemplate?: () => Promise<Buffer>;
}

export function crmReport(report: CrmReport): CrmReport {
  return report;
}

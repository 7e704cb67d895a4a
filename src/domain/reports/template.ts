/**
 * Editable report templates: download one (makeReportTemplate), change it in Excel or LibreOffice,
 * upload it (checkReportTemplate refuses a broken one with a reason), and from then on the report is
 * written into it (fillReportTemplate). The placeholder rules are in templates/placeholders.ts, how rows
 * and formulas move in templates/formulas.ts.
 */
export { makeReportTemplate } from './templates/make';
export type { MakeTemplateOptions } from './templates/make';
export { checkReportTemplate } from './templates/check';
export type { TemplateLayout } from './templates/check';
export { fillReportTemplate } from './templates/fill';
export type { FillTemplateOptions } from './templates/fill';
export { HEADING_PLACEHOLDERS } from './templates/placeholders';

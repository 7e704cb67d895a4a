import type { Locale } from '../domain/messages';
import type { ParameterDefinition, ReportSection } from '../domain/reports';
import { captionIn } from '../domain/reports/labels';
import type { CrmReport } from './crm-report';
import type { StoredTemplate } from './report-templates';

export interface ReportParameterItem {
  key: string;
  kind: ParameterDefinition['kind'];
  caption: string;
  required: boolean;
  multiple: boolean;
  options?: Array<{ value: string; caption: string }>;
  default?: string;
}

export interface ReportListItem {
  key: string;
  title: string;
  section: ReportSection;
  parameters: ReportParameterItem[];
  sheets: string[];
  /** rows come page by page: the screen shows the first ones, the workbook all */
  paged: boolean;
  template: StoredTemplate | null;
}

function parameterItem(parameter: ParameterDefinition, locale: Locale): ReportParameterItem {
  return {
    key: parameter.key,
    kind: parameter.kind,
    caption: captionIn(parameter.caption, locale),
    required: parameter.required === true,
    multiple: 'multiple' in parameter && parameter.multiple === true,
    ...(parameter.kind === 'enum'
      ? { options: parameter.options.map((option) => ({ value: option.value, caption: captionIn(option.caption, locale) })), ...(parameter.default ? { default: parameter.default } : {}) }
      : {}),
  };
}

/** A report as the «Звіти» page lists it, in the caller's language. */
export function reportListItem(report: CrmReport, locale: Locale, template: StoredTemplate | null): ReportListItem {
  const definition = report.definition;
  return {
    key: definition.key,
    title: captionIn(definition.title, locale),
    section: definition.section,
    parameters: definition.parameters.map((parameter) => parameterItem(parameter, locale)),
    sheets: definition.sheets.map((sheet) => captionIn(sheet.name, locale)),
    paged: !definition.query && !!definition.pages,
    template,
  };
}

export {
  REPORT_SECTIONS,
  REFERENCE_PARAMETER_KINDS,
  COLUMN_TYPES,
  isNumericColumnType,
  reportDefinitionProblems,
  defineReport,
} from './definition';
export type {
  Caption,
  ReportSection,
  ParameterKind,
  ReferenceParameterKind,
  PeriodParameter,
  DateParameter,
  ReferenceParameter,
  EnumOption,
  EnumParameter,
  TextParameter,
  ParameterDefinition,
  ParameterValue,
  ReportParameters,
  ReportParametersOf,
  ColumnType,
  TotalKind,
  ReportRow,
  ColumnDefinition,
  SortKey,
  ChartData,
  SheetDefinition,
  ReportRowsBySheet,
  ReportDefinition,
} from './definition';
export { REPORT_LABELS, reportLabel } from './labels';
export { readReportParameters, describeReportParameters, parameterLineText } from './parameters';
export type { ParameterLine, DescribeParametersOptions } from './parameters';
export type { TotalFigure, TotalFigures } from './totals';
export type { ChartPoints, ChartPoint } from './chart';
export { buildReportTable } from './table';
export { prepareDetails, detailLines } from './details';
export type { PreparedDetails } from './details';
export type { ReportTable, ReportTableColumn, ReportTableRow, ReportTableGroup, TableOptions } from './table';
export { EXCEL_MAX_ROWS } from './sheet-layout';
export { SHEET_NAME_LIMIT, safeSheetName } from './sheet-names';
export { renderReportWorkbook, renderReportXlsx, workbookToBuffer } from './xlsx';
export type { ReportRenderInput } from './xlsx';
export { streamReportWorkbook } from './streaming';
export type { ReportStreamInput, ReportStreamSummary } from './streaming';
export { makeReportTemplate, checkReportTemplate, fillReportTemplate, HEADING_PLACEHOLDERS } from './template';
export type { MakeTemplateOptions, TemplateLayout, FillTemplateOptions } from './template';

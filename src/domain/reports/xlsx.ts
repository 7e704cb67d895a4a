import { Workbook, Worksheet } from 'exceljs';
import type { Locale } from '../messages/locale';
import { chartPoints } from './chart';
import { addChartSheet } from './chart-sheet';
import { prepareColumns } from './columns';
import type { ReportDefinition, ReportRow, SheetDefinition } from './definition';
import { prepareRows, RowGrouper } from './grouping';
import { detailLines, prepareDetails } from './details';
import { captionIn } from './labels';
import type { ParameterLine } from './parameters';
import { columnWidths, frozenViews, headerRowAfter, SheetLayoutWriter, TitleBlock, titleLines } from './sheet-layout';
import { safeSheetName } from './sheet-names';

/** What one run of a report gives the renderers besides its definition. */
export interface ReportRenderInput<R extends ReportRow = ReportRow> {
  /** Rows per sheet, in the definition's sheet order. */
  sheets: readonly (readonly R[])[];
  /** The parameters as display text (describeReportParameters makes them). */
  parameters?: readonly ParameterLine[];
  /** The record's single values, by the definition's `details` fields. */
  details?: ReportRow | null;
  /** The definition's title in the locale when not given. */
  title?: string;
  company?: string | null;
  generatedAt: Date;
  /** The business time zone: datetimes and the generation time are shown on its wall clock. */
  timeZone: string;
  locale?: Locale;
}

export const WORKBOOK_CREATOR = 'Vitrylo';

export function titleBlockOf(definition: ReportDefinition<any, any, any>, input: Omit<ReportRenderInput<any>, 'sheets'>): TitleBlock {
  const locale = input.locale ?? 'uk';
  return {
    title: input.title ?? captionIn(definition.title, locale),
    company: input.company,
    parameters: input.parameters ?? [],
    details: detailLines(prepareDetails(definition, input.details, locale, input.timeZone)),
    generatedAt: input.generatedAt,
    timeZone: input.timeZone,
    locale,
  };
}

/** A workbook with the report's properties filled in, as Excel's File › Info shows them. */
export function newReportWorkbook(block: TitleBlock): Workbook {
  const workbook = new Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = block.generatedAt;
  workbook.modified = block.generatedAt;
  workbook.title = block.title;
  if (block.company) workbook.company = block.company;
  return workbook;
}

/** Landscape, as wide as the paper, the header repeated on every printed page. */
export function printSetup(headerRow: number) {
  return { orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
}

export interface SheetRenderOptions {
  block: TitleBlock;
  /** Lower-cased sheet names already in the workbook. */
  taken: Set<string>;
  /** Names row fields in errors: 'sheets[0].rows'. */
  path: string;
}

/** Adds one report sheet (and its chart data sheet) to a workbook; also used beside a filled template. */
export function addReportSheet(workbook: Workbook, sheet: SheetDefinition<any>, rows: readonly ReportRow[], options: SheetRenderOptions): Worksheet {
  const { block } = options;
  const columns = prepareColumns(sheet, block.locale);
  const prepared = prepareRows(sheet, columns, rows, options.path, block.timeZone);
  const lines = titleLines(block);
  const headerRow = headerRowAfter(lines);

  const worksheet = workbook.addWorksheet(safeSheetName(captionIn(sheet.name, block.locale), options.taken), {
    views: frozenViews(headerRow),
    pageSetup: printSetup(headerRow),
  });
  const writer = new SheetLayoutWriter(worksheet, columns, block.locale);
  writer.writeTitle(lines);
  writer.writeHeader();
  const grouper = new RowGrouper(columns, sheet.groupBy ?? [], block.locale);
  for (const row of prepared) grouper.push(row, writer.write);
  const totals = grouper.finish(writer.write);
  worksheet.autoFilter = writer.autoFilterRange();
  if (grouper.hasTotals) writer.writeGrandTotal(totals);

  columnWidths(columns, prepared, grouper.hasTotals ? totals : null).forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });

  if (sheet.chart) addChartSheet(workbook, chartPoints(sheet.chart, columns, prepared, block.locale), columns, block.locale, options.taken);
  return worksheet;
}

/**
 * The report as an exceljs Workbook: one sheet per sheet of the definition (a «Дані для діаграми» sheet
 * after each sheet that asks for a chart), each with the title block, a frozen header with an autofilter,
 * typed and formatted cells, group subtotals and the grand total.
 */
export function renderReportWorkbook<R extends ReportRow>(definition: ReportDefinition<any, R, any>, input: ReportRenderInput<R>): Workbook {
  const block = titleBlockOf(definition, input);
  const workbook = newReportWorkbook(block);
  const taken = new Set<string>();
  definition.sheets.forEach((sheet, index) => {
    addReportSheet(workbook, sheet, input.sheets[index] ?? [], { block, taken, path: `sheets[${index}].rows` });
  });
  return workbook;
}

/** The .xlsx file of a workbook. */
export async function workbookToBuffer(workbook: Workbook): Promise<Buffer> {
  const data = (await workbook.xlsx.writeBuffer()) as unknown;
  return Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
}

/** renderReportWorkbook, written out. */
export async function renderReportXlsx<R extends ReportRow>(definition: ReportDefinition<any, R, any>, input: ReportRenderInput<R>): Promise<Buffer> {
  return workbookToBuffer(renderReportWorkbook(definition, input));
}

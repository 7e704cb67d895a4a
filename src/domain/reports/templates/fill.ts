import { CellModel, FormulaType, ValueType, Workbook, Worksheet, WorksheetModel } from 'exceljs';
import { DomainValidationError } from '../../errors';
import { formatDateTime } from '../../format';
import { issue, issueFrom } from '../../messages/render';
import type { Result } from '../../result';
import { prepareColumns } from '../columns';
import type { ReportDefinition, ReportRow } from '../definition';
import { prepareRows } from '../grouping';
import { parameterLineText } from '../parameters';
import { prepareDetails } from '../details';
import { EXCEL_MAX_ROWS, TitleBlock } from '../sheet-layout';
import { TotalsAccumulator } from '../totals';
import { addReportSheet, ReportRenderInput, titleBlockOf, workbookToBuffer } from '../xlsx';
import { loadTemplate, scanTemplate, TemplateLayout } from './check';
import { cacheAggregateResults } from './results';
import { fillSheetModel } from './sheet-model';
import type { RowShift } from './formulas';
import { PlaceholderResolver, TemplateValues } from './resolver';

function headingValues(definition: ReportDefinition<any, any, any>, block: TitleBlock): Pick<TemplateValues, 'heading' | 'parameters'> {
  const lines = block.parameters ?? [];
  const kindOf = (key?: string) => definition.parameters.find((parameter) => parameter.key === key)?.kind;
  const period = lines.find((line) => (line.kind ?? kindOf(line.key)) === 'period');
  return {
    heading: {
      title: block.title,
      company: block.company ?? '',
      period: period?.text ?? '',
      parameters: lines.map(parameterLineText).join('; '),
      generatedAt: formatDateTime(block.generatedAt, block.timeZone),
    },
    parameters: Object.fromEntries(lines.filter((line) => line.key).map((line) => [line.key!, line.text])),
  };
}

function refused(failure: Result<unknown>): DomainValidationError {
  return new DomainValidationError([issueFrom('template', failure)]);
}

/** Shared formulas point at their master cell; once rows move, each cell gets its own formula text. */
function unshareFormulas(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ValueType.Formula) return;
        const model = cell.model as CellModel & { shareType?: string };
        if (cell.formulaType === FormulaType.Shared || model.shareType === 'shared') {
          cell.value = { formula: cell.formula, result: cell.result } as never;
        }
      });
    });
  }
}

/** exceljs's worksheet model, as fillSheetModel reads and writes it. */
type SheetModel = Record<string, any>;
const modelOf = (worksheet: Worksheet) => worksheet.model as unknown as SheetModel;
const setModel = (worksheet: Worksheet, model: SheetModel) => {
  // exceljs's model setter adds the model's merges to the ones the sheet already has: a merge moved down
  // onto a row that held another merge (totals under each other) would clash with its old place
  (worksheet as unknown as { _merges: Record<string, unknown> })._merges = {};
  worksheet.model = model as unknown as WorksheetModel;
};

/** Other sheets: heading and total placeholders filled, references into the data sheet moved. */
function fillOtherSheet(worksheet: Worksheet, dataSheet: string, dataShift: RowShift, resolver: PlaceholderResolver): void {
  setModel(
    worksheet,
    fillSheetModel(modelOf(worksheet), {
      resolver,
      rowsToFill: [],
      shift: { row: 0, delta: 0 },
      formulaPlace: { ...dataShift, mode: 'outside', refersToDataSheet: (sheet) => sheet !== null && sheet.toLowerCase() === dataSheet.toLowerCase() },
    }),
  );
}

export interface FillTemplateOptions {
  /** The definition's sheet the template is for; the first by default. */
  sheetIndex?: number;
}

/**
 * The report written into an uploaded template:
 * - heading placeholders replaced everywhere; {{total.…}} with the report's totals;
 * - the data row repeated once per report row (at least once: with no rows it stays, emptied), keeping
 *   its cells' styles (font, fill, border, number format, alignment) and its height; its own formulas are
 *   copied down as Excel copies them;
 * - everything below moved down: texts, formulas (a SUM over the data row grows to all data rows),
 *   merged cells, images, conditional formats, data validations, the autofilter, the print area;
 * - other sheets and the images kept as exceljs keeps them; the report's other sheets added after them in
 *   the standard layout.
 * Only the fields the template names are written: columns removed or moved in the template stay so.
 * Group subtotals are not inserted (the template decides the layout). A broken template is refused with
 * a DomainValidationError (field 'template') carrying the same code checkReportTemplate gives.
 */
export async function fillReportTemplate<R extends ReportRow>(
  definition: ReportDefinition<any, R, any>,
  template: Uint8Array,
  input: ReportRenderInput<R>,
  options: FillTemplateOptions = {},
): Promise<Buffer> {
  const sheetIndex = options.sheetIndex ?? 0;
  const loaded = await loadTemplate(template);
  if (!loaded.ok) throw refused(loaded);
  const workbook = loaded.value;
  const layout: Result<TemplateLayout> = scanTemplate(definition, workbook, sheetIndex);
  if (!layout.ok) throw refused(layout);

  const block = titleBlockOf(definition, input);
  const sheet = definition.sheets[sheetIndex];
  const columns = prepareColumns(sheet, block.locale);
  const rows = prepareRows(sheet, columns, input.sheets[sheetIndex] ?? [], `sheets[${sheetIndex}].rows`, block.timeZone);
  const accumulator = new TotalsAccumulator(columns);
  for (const row of rows) accumulator.add(row.cells);
  const details = prepareDetails(definition, input.details, block.locale, block.timeZone);
  const resolver = new PlaceholderResolver({ columns, rows, totals: accumulator.figures(), details, ...headingValues(definition, block) });

  const dataSheet = workbook.getWorksheet(layout.value.sheetName)!;
  const shift = { row: layout.value.dataRow, delta: Math.max(rows.length, 1) - 1 };
  if (dataSheet.rowCount + shift.delta > EXCEL_MAX_ROWS) {
    throw new DomainValidationError([issue('rows', 'report.tooManyRows', { max: EXCEL_MAX_ROWS - dataSheet.rowCount + 1 })]);
  }

  unshareFormulas(workbook);
  const sheetName = dataSheet.name;
  const onDataSheet = (prefix: string | null) => prefix === null || prefix.toLowerCase() === sheetName.toLowerCase();
  setModel(
    dataSheet,
    fillSheetModel(modelOf(dataSheet), {
      resolver,
      rowsToFill: rows.length > 0 ? rows : [null],
      shift,
      formulaPlace: { ...shift, mode: 'outside', refersToDataSheet: onDataSheet },
    }),
  );
  // exceljs's model setter leaves the page breaks where they were.
  const paged = dataSheet as unknown as { rowBreaks?: { id: number }[] };
  paged.rowBreaks = (paged.rowBreaks ?? []).map((rowBreak) => (rowBreak.id > shift.row ? { ...rowBreak, id: rowBreak.id + shift.delta } : rowBreak));
  for (const other of workbook.worksheets) {
    if (other !== dataSheet) fillOtherSheet(other, sheetName, shift, resolver);
  }
  // Names over cells below the data row move with them (exceljs keeps names as cell sets, which it moves).
  if (shift.delta > 0) (workbook.definedNames as unknown as { spliceRows(sheet: string, start: number, count: number, inserted: number): void }).spliceRows(sheetName, shift.row + 1, 0, shift.delta);

  cacheAggregateResults(workbook, dataSheet);
  // Formulas moved or fed new data: Excel and LibreOffice compute them all when the file is opened.
  workbook.calcProperties.fullCalcOnLoad = true;

  const taken = new Set(workbook.worksheets.map((worksheet) => worksheet.name.toLowerCase()));
  definition.sheets.forEach((other, index) => {
    if (index !== sheetIndex) addReportSheet(workbook, other, input.sheets[index] ?? [], { block, taken, path: `sheets[${index}].rows` });
  });
  return workbookToBuffer(workbook);
}

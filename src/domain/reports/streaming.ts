import { stream as excelStream } from 'exceljs';
import { once } from 'events';
import type { Writable } from 'stream';
import { readCells } from './cells';
import { ChartAccumulator } from './chart';
import { addChartSheet } from './chart-sheet';
import { prepareColumns } from './columns';
import type { ReportDefinition, ReportRow } from './definition';
import { PreparedRow, RowGrouper } from './grouping';
import { captionIn } from './labels';
import { columnWidths, frozenViews, headerRowAfter, SheetLayoutWriter, titleLines } from './sheet-layout';
import { safeSheetName } from './sheet-names';
import type { TotalFigures } from './totals';
import { printSetup, ReportRenderInput, titleBlockOf, WORKBOOK_CREATOR } from './xlsx';

/**
 * Large reports (the chronicle, payments) as a workbook written while the rows are read: pages come from
 * the database one after another, each page's rows are written and committed, and only the running totals
 * stay in memory, so memory stays flat however long the period.
 *
 * The sheet is laid out as renderReportWorkbook lays out a single-sheet report (title block, frozen header,
 * autofilter, formats, subtotals, grand total), with two differences that streaming imposes:
 * - rows are written in the order they arrive: group subtotals are right only when the pages come sorted
 *   by the groupBy fields (the query's ORDER BY); rows of one group that arrive apart make two groups.
 *   The sheet's `sort` is the query's job too;
 * - column widths are measured on the first page only.
 */
export interface ReportStreamInput<R extends ReportRow = ReportRow> extends Omit<ReportRenderInput<R>, 'sheets'> {
  rowPages: AsyncIterable<readonly R[]>;
  /** Where the .xlsx goes: an HTTP response, a file. It is ended when the workbook is complete. */
  output: Writable;
  /** The definition's sheet the rows are of; the first by default. */
  sheetIndex?: number;
}

export interface ReportStreamSummary {
  rowCount: number;
  /** The grand total, as the last row shows it; null when no column has a total. */
  total: TotalFigures | null;
}

/** Sheet XML waiting to be compressed, beyond which writing pauses. */
const MAX_BACKLOG_BYTES = 4 * 2 ** 20;

interface BufferedStream {
  writableLength?: number;
  _writableState?: { length?: number };
}

/** exceljs's StreamBuf: its own chunks (while the zip has not started reading it) and the streams it feeds. */
interface SheetStream {
  buffers?: { length?: number }[];
  pipes?: BufferedStream[];
}

/**
 * How much of the sheet's XML waits for the zip. exceljs 4.4 writes each committed row into the sheet's
 * stream and on into the zip entry without heeding backpressure: when compressing is slower than reading
 * the database, the XML piles up (40 MB per 320 000 rows on a busy machine). This looks into exceljs's
 * stream (`worksheet.stream`, pinned by the exact exceljs version; a unit test fails if an upgrade moves
 * it) so that the writer can wait instead.
 */
export function sheetBacklog(worksheet: unknown): number {
  const stream = (worksheet as { stream?: SheetStream }).stream;
  if (!stream) return 0;
  const own = (stream.buffers ?? []).reduce((sum, chunk) => sum + (chunk?.length ?? 0), 0);
  const piped = (stream.pipes ?? []).reduce((sum, pipe) => sum + (pipe?._writableState?.length ?? pipe?.writableLength ?? 0), 0);
  return own + piped;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the zip and the output to take what was written, so pages do not pile up in memory. */
async function letOutputCatchUp(worksheet: unknown, output: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  while (sheetBacklog(worksheet) > MAX_BACKLOG_BYTES && !output.destroyed) await pause(5);
  if (output.writableNeedDrain && !output.destroyed) await once(output, 'drain');
  if (output.destroyed) throw new Error('the report output was closed before the workbook was complete');
}

/**
 * Writes the report to `output` as rows arrive. A failing page or a row its column cannot hold
 * (DomainValidationError) rejects the promise with the output left incomplete: the caller aborts the
 * download (destroys the response) instead of sending a broken file as if it were whole.
 */
export async function streamReportWorkbook<R extends ReportRow>(definition: ReportDefinition<any, R, any>, input: ReportStreamInput<R>): Promise<ReportStreamSummary> {
  const sheetIndex = input.sheetIndex ?? 0;
  const sheet = definition.sheets[sheetIndex];
  if (!sheet) throw new RangeError(`report "${definition.key}" has no sheet ${sheetIndex}`);
  const block = titleBlockOf(definition, input);
  const columns = prepareColumns(sheet, block.locale);
  const path = `sheets[${sheetIndex}].rows`;
  let rowIndex = 0;
  const prepare = (rows: readonly R[]): PreparedRow[] =>
    rows.map((source) => {
      const index = rowIndex++;
      return { index, source, cells: readCells(columns, source, `${path}[${index}]`, block.timeZone) };
    });

  const pages = input.rowPages[Symbol.asyncIterator]();
  const first = await pages.next();
  const firstRows = first.done ? [] : prepare(first.value);

  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: input.output, useStyles: true, useSharedStrings: false });
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.created = block.generatedAt;
  workbook.modified = block.generatedAt;
  workbook.title = block.title;
  if (block.company) workbook.company = block.company;

  const lines = titleLines(block);
  const headerRow = headerRowAfter(lines);
  const taken = new Set<string>();
  const worksheet = workbook.addWorksheet(safeSheetName(captionIn(sheet.name, block.locale), taken), {
    views: frozenViews(headerRow),
    pageSetup: printSetup(headerRow),
  });
  // The writer puts the columns out before the first row, so widths come from the first page.
  worksheet.columns = columnWidths(columns, firstRows.length > 0 ? firstRows : null).map((width) => ({ width }));

  const writer = new SheetLayoutWriter(worksheet, columns, block.locale);
  writer.writeTitle(lines);
  writer.writeHeader();
  const grouper = new RowGrouper(columns, sheet.groupBy ?? [], block.locale);
  const chart = sheet.chart ? new ChartAccumulator(sheet.chart, columns, block.locale) : null;
  const writePage = async (rows: readonly PreparedRow[]) => {
    for (const row of rows) {
      grouper.push(row, writer.write);
      chart?.add(row);
    }
    await letOutputCatchUp(worksheet, input.output);
  };

  await writePage(firstRows);
  for (let page = first.done ? first : await pages.next(); !page.done; page = await pages.next()) {
    await writePage(prepare(page.value));
  }

  const total = grouper.finish(writer.write);
  worksheet.autoFilter = writer.autoFilterRange();
  if (grouper.hasTotals) writer.writeGrandTotal(total);
  worksheet.commit();
  if (chart) addChartSheet(workbook, chart.points(), columns, block.locale, taken).commit();
  await workbook.commit();
  return { rowCount: grouper.rowCount, total: grouper.hasTotals ? total : null };
}

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

/** Rows written between two turns of the event loop, in which the zip takes their XML. */
const ROWS_PER_SLICE = 250;

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

/** The next page, already asked for; a failure surfaces where it is awaited, not as an unhandled rejection meanwhile. */
function readAhead<T>(pages: AsyncIterator<T>): Promise<IteratorResult<T>> {
  const next = pages.next();
  next.catch(() => undefined);
  return next;
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
  const prepare = (source: R): PreparedRow => {
    const index = rowIndex++;
    return { index, source, cells: readCells(columns, source, `${path}[${index}]`, block.timeZone) };
  };

  const pages = input.rowPages[Symbol.asyncIterator]();
  const first = await pages.next();
  const firstRows = first.done ? [] : first.value.map(prepare);

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
  // Each row is prepared as it is written and the zip is let through every few hundred rows: what one slice
  // leaves behind (cells, the rows' XML) dies young instead of outliving a page and filling the old heap.
  const writeRows = async (rows: readonly R[] | readonly PreparedRow[], prepared: boolean) => {
    for (let i = 0; i < rows.length; i += 1) {
      const row = prepared ? (rows[i] as PreparedRow) : prepare(rows[i] as R);
      grouper.push(row, writer.write);
      chart?.add(row);
      if ((i + 1) % ROWS_PER_SLICE === 0) await letOutputCatchUp(worksheet, input.output);
    }
    await letOutputCatchUp(worksheet, input.output);
  };

  // The next page is asked for before this one is written: the database reads it while the rows are laid out.
  let next = first.done ? Promise.resolve(first) : readAhead(pages);
  await writeRows(firstRows, true);
  for (let page = await next; !page.done; page = await next) {
    next = readAhead(pages);
    await writeRows(page.value, false);
  }

  const total = grouper.finish(writer.write);
  worksheet.autoFilter = writer.autoFilterRange();
  if (grouper.hasTotals) writer.writeGrandTotal(total);
  worksheet.commit();
  if (chart) addChartSheet(workbook, chart.points(), columns, block.locale, taken).commit();
  await workbook.commit();
  return { rowCount: grouper.rowCount, total: grouper.hasTotals ? total : null };
}

import type { Row, Style, WorksheetView } from 'exceljs';
import { DomainValidationError } from '../errors';
import { formatDateTime } from '../format';
import type { Locale } from '../messages/locale';
import { issue } from '../messages/render';
import { columnLetters, PreparedColumn, SUBTOTAL_FUNCTION, totalNumFmt } from './columns';
import type { GroupingEvent, PreparedRow } from './grouping';
import { reportLabel, subtotalLabel } from './labels';
import { ParameterLine, parameterLineText } from './parameters';
import type { TotalFigures } from './totals';

/**
 * The layout every report sheet shares, written row by row so that the in-memory workbook (xlsx.ts) and
 * the streaming one (streaming.ts) are the same file:
 *
 *   1  Title (bold, larger)
 *      Company
 *      One line per parameter: «Період: листопад 2026»
 *      «Сформовано: 29.11.2026 14:05»
 *      (empty)
 *   H  Header: the captions, bold on grey, frozen with everything above, autofilter from here
 *      Data rows; after each group a «Разом: <group>» row
 *      «Усього» row
 *
 * Totals are SUBTOTAL formulas with their exact value cached: Excel and LibreOffice show the cached figure
 * at once and keep it right when a user edits a value; SUBTOTAL skips the other SUBTOTALs in its range,
 * so nested groups and the grand total count every row once.
 */

/** The rows of one Excel sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** The widest values a type shows, when the values themselves are not at hand. */
const TYPICAL_WIDTH: Record<PreparedColumn['type'], number> = { text: 24, integer: 10, money: 15, decimal: 12, percent: 8, date: 11, datetime: 17 };

export interface TitleBlock {
  title: string;
  company?: string | null;
  parameters?: readonly ParameterLine[];
  /** the record's details (definition.details) with a value, as caption and text */
  details?: ReadonlyArray<{ caption: string; text: string }>;
  generatedAt: Date;
  timeZone: string;
  locale: Locale;
}

export function titleLines(block: TitleBlock): string[] {
  const lines = [block.title];
  if (block.company) lines.push(block.company);
  for (const line of block.parameters ?? []) lines.push(parameterLineText(line));
  for (const detail of block.details ?? []) lines.push(`${detail.caption}: ${detail.text}`);
  lines.push(`${reportLabel('generatedAt', block.locale)}: ${formatDateTime(block.generatedAt, block.timeZone)}`);
  return lines;
}

/** The title lines, an empty row, then the header. */
export function headerRowAfter(lines: readonly string[]): number {
  return lines.length + 2;
}

/** Everything down to the header stays in view while the rows scroll. */
export function frozenViews(headerRow: number): Partial<WorksheetView>[] {
  return [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
}

/** Widths in characters: the definition's, else the longest of the caption and the values, within limits. */
export function columnWidths(columns: readonly PreparedColumn[], rows: readonly PreparedRow[] | null, totals?: TotalFigures | null): number[] {
  return columns.map((column, index) => {
    if (column.width) return column.width;
    // Captions wrap in the header, so their longest word counts, not the whole caption.
    let widest = Math.max(...column.caption.split(/\s+/).map((word) => word.length), Math.ceil(column.caption.length / 2));
    if (rows) for (const row of rows) widest = Math.max(widest, row.cells[index].text.length);
    else widest = Math.max(widest, TYPICAL_WIDTH[column.type]);
    const total = totals?.[column.field];
    if (total) widest = Math.max(widest, total.text.length);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

const BOLD = { bold: true };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7E6E6' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/** What both exceljs worksheets offer: rows by number, each committed once written (a no-op in memory). */
interface RowTarget {
  getRow(rowNumber: number): Row;
}

/** Writes one sheet top to bottom. Rows are committed as they are written, which frees them in streaming. */
export class SheetLayoutWriter {
  private next = 1;
  private headerRow = 0;
  private firstDataRow = 0;
  private readonly groupStarts: number[] = [];
  private readonly labelColumn: number;
  private readonly dataStyles: Partial<Style>[];
  private readonly totalStyles: Partial<Style>[];
  private readonly grandStyles: Partial<Style>[];

  constructor(
    private readonly target: RowTarget,
    private readonly columns: readonly PreparedColumn[],
    private readonly locale: Locale,
  ) {
    // Labels of total rows go to the first column that has no figure of its own.
    this.labelColumn = columns.findIndex((column) => !column.total);
    // One style object per column and row kind, shared by all its cells: exceljs then registers it once.
    this.dataStyles = columns.map((column) => (column.numFmt ? { numFmt: column.numFmt } : {}));
    this.totalStyles = columns.map((column) => ({ font: BOLD, ...(column.total && totalNumFmt(column, column.total) ? { numFmt: totalNumFmt(column, column.total)! } : {}) }));
    this.grandStyles = this.totalStyles.map((style) => ({ ...style, border: { top: THIN } }));
  }

  /** The row the next write goes to. */
  get nextRow(): number {
    return this.next;
  }

  writeTitle(lines: readonly string[]): void {
    lines.forEach((text, i) => {
      const row = this.take();
      const cell = row.getCell(1);
      cell.value = text;
      if (i === 0) cell.font = { bold: true, size: 14 };
      row.commit();
    });
    this.take().commit();
  }

  writeHeader(): void {
    const row = this.take();
    this.headerRow = row.number;
    const style: Partial<Style> = {
      font: BOLD,
      fill: HEADER_FILL,
      border: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      alignment: { vertical: 'middle', wrapText: true },
    };
    this.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.value = column.caption;
      cell.style = style;
    });
    row.commit();
  }

  /** Feeds a grouper's events: rows, and a subtotal row after each group. */
  readonly write = (event: GroupingEvent): void => {
    if (event.kind === 'groupStart') this.groupStarts[event.level] = this.next;
    else if (event.kind === 'row') this.writeData(event.row);
    else {
      const label = subtotalLabel(event.text, this.locale);
      this.writeTotals(label, event.totals, this.groupStarts[event.level], this.totalStyles);
    }
  };

  writeGrandTotal(totals: TotalFigures): void {
    this.writeTotals(reportLabel('grandTotal', this.locale), totals, this.firstDataRow, this.grandStyles);
  }

  /** The header and everything under it down to the last row before the grand total. */
  autoFilterRange(lastRow = this.next - 1): string {
    return `A${this.headerRow}:${columnLetters(this.columns.length)}${Math.max(this.headerRow, lastRow)}`;
  }

  private writeData(prepared: PreparedRow): void {
    const row = this.take();
    if (!this.firstDataRow) this.firstDataRow = row.number;
    prepared.cells.forEach((value, i) => {
      if (value.blank) return;
      const cell = row.getCell(i + 1);
      cell.value = value.excel;
      cell.style = this.dataStyles[i];
    });
    row.commit();
  }

  private writeTotals(label: string, totals: TotalFigures, fromRow: number, styles: Partial<Style>[]): void {
    const row = this.take();
    const lastRow = row.number - 1;
    this.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.style = styles[i];
      if (i === this.labelColumn) cell.value = label;
      const figure = totals[column.field];
      if (!figure) return;
      if (fromRow && fromRow <= lastRow) {
        const letters = columnLetters(i + 1);
        cell.value = { formula: `SUBTOTAL(${SUBTOTAL_FUNCTION[figure.kind]},${letters}${fromRow}:${letters}${lastRow})`, result: figure.excel ?? undefined };
      } else cell.value = figure.excel;
    });
    row.commit();
  }

  private take(): Row {
    if (this.next > EXCEL_MAX_ROWS) throw new DomainValidationError([issue('rows', 'report.tooManyRows', { max: EXCEL_MAX_ROWS - this.headerRow - 1 })]);
    const row = this.target.getRow(this.next);
    this.next += 1;
    return row;
  }
}

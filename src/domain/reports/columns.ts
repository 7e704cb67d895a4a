import type { Locale } from '../messages/locale';
import type { ColumnDefinition, ColumnType, SheetDefinition, TotalKind } from './definition';
import { captionIn } from './labels';

/** A column as the engine uses it: the caption in the run's language, the scale its numbers are kept at. */
export interface PreparedColumn {
  field: string;
  caption: string;
  type: ColumnType;
  total: TotalKind | null;
  /**
   * Decimal places of the exact integer units its numbers are kept in: integer 0, money 2 (kopecks),
   * decimal its `decimals`, percent its `decimals` + 2 (the value is a fraction: 12,5 % is 0.125).
   */
  scale: number;
  /** The Excel number format of its cells; null for text. */
  numFmt: string | null;
  currency: string | null;
  /** The width the definition fixes, if any. */
  width: number | null;
}

const zeros = (places: number) => (places > 0 ? `.${'0'.repeat(places)}` : '');

function scaleOf(column: ColumnDefinition): number {
  switch (column.type) {
    case 'money':
      return 2;
    case 'decimal':
      return column.decimals ?? 2;
    case 'percent':
      return (column.decimals ?? 1) + 2;
    default:
      return 0;
  }
}

/** Number formats written into the workbook; a Ukrainian Excel shows '#,##0.00' as '1 234,50'. */
function numFmtOf(column: ColumnDefinition): string | null {
  switch (column.type) {
    case 'integer':
      return '#,##0';
    case 'money':
      return '#,##0.00';
    case 'decimal':
      return `#,##0${zeros(column.decimals ?? 2)}`;
    case 'percent':
      return `0${zeros(column.decimals ?? 1)}%`;
    case 'date':
      return 'dd.mm.yyyy';
    case 'datetime':
      return 'dd.mm.yyyy hh:mm';
    default:
      return null;
  }
}

export function prepareColumns(sheet: SheetDefinition<any>, locale: Locale): PreparedColumn[] {
  return sheet.columns.map((column) => ({
    field: column.field,
    caption: captionIn(column.caption, locale),
    type: column.type,
    total: column.total ?? null,
    scale: scaleOf(column),
    numFmt: numFmtOf(column),
    currency: column.currency ?? null,
    width: column.width ?? null,
  }));
}

/** The scale a total is kept at: the mean of whole numbers keeps two places (2,50 calls a day). */
export function totalScale(column: PreparedColumn, kind: TotalKind): number {
  if (kind === 'count') return 0;
  if (kind === 'avg' && column.type === 'integer') return 2;
  return column.scale;
}

/** The number format of a total cell under the column. */
export function totalNumFmt(column: PreparedColumn, kind: TotalKind): string | null {
  if (kind === 'count') return '#,##0';
  if (kind === 'avg' && column.type === 'integer') return '#,##0.00';
  return column.numFmt;
}

/** The Excel function number of SUBTOTAL for a total: it skips other SUBTOTALs in its range, so groups nest. */
export const SUBTOTAL_FUNCTION: Readonly<Record<TotalKind, number>> = { avg: 1, count: 3, sum: 9 };

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

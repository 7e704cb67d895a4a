import { formatInteger } from '../format';
import { divRound, formatScaled, pow10 } from '../money';
import type { CellValue } from './cells';
import { numberText, unitsToNumber } from './cells';
import { PreparedColumn, totalScale } from './columns';
import type { TotalKind } from './definition';

/**
 * A total under a column, exact: money is summed in bigint kopecks, never in floats.
 * `value` is a number for counts and sums of whole numbers, else the exact decimal text ('1234.50',
 * '0.125' for 12,5 %, '2.50' for the mean of whole numbers); null for the mean of no values.
 */
export interface TotalFigure {
  kind: TotalKind;
  value: string | number | null;
  /** As the screen shows it, and as the workbook's number format shows the cell. */
  text: string;
  /** The number the workbook cell holds. */
  excel: number | null;
}

export type TotalFigures = Record<string, TotalFigure>;

interface Running {
  column: PreparedColumn;
  index: number;
  kind: TotalKind;
  sum: bigint;
  count: number;
}

function figureOf({ column, kind, sum, count }: Running): TotalFigure {
  if (kind === 'count') return { kind, value: count, text: formatInteger(count), excel: count };
  if (kind === 'sum') {
    const value = column.type === 'integer' ? Number(sum) : formatScaled(sum, column.scale);
    return { kind, value, text: numberText(column, sum), excel: unitsToNumber(sum, column.scale) };
  }
  if (count === 0) return { kind, value: null, text: '', excel: null };
  const scale = totalScale(column, kind);
  const mean = divRound(sum * pow10(scale - column.scale), BigInt(count));
  return { kind, value: formatScaled(mean, scale), text: numberText(column, mean, scale), excel: unitsToNumber(mean, scale) };
}

/** Running totals of the columns that declare one, fed row by row: a group's, or the whole sheet's. */
export class TotalsAccumulator {
  private readonly running: Running[];

  constructor(columns: readonly PreparedColumn[]) {
    this.running = [];
    columns.forEach((column, index) => {
      if (column.total) this.running.push({ column, index, kind: column.total, sum: BigInt(0), count: 0 });
    });
  }

  /** Whether any column has a total (else no total rows are written). */
  get any(): boolean {
    return this.running.length > 0;
  }

  add(cells: readonly CellValue[]): void {
    for (const running of this.running) {
      const cell = cells[running.index];
      if (cell.blank) continue;
      running.count += 1;
      if (cell.units !== null) running.sum += cell.units;
    }
  }

  figures(): TotalFigures {
    const figures: TotalFigures = {};
    for (const running of this.running) figures[running.column.field] = figureOf(running);
    return figures;
  }
}

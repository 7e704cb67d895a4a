import type { Locale } from '../messages/locale';
import type { CellValue } from './cells';
import { readCells } from './cells';
import type { PreparedColumn } from './columns';
import type { ReportRow, SheetDefinition } from './definition';
import { reportLabel } from './labels';
import { TotalFigures, TotalsAccumulator } from './totals';

/** A row read for all its columns; `index` is its position in the sheet's final order. */
export interface PreparedRow {
  index: number;
  source: ReportRow;
  cells: CellValue[];
}

/**
 * What the grouper sees, in order: a group opens, its rows, the groups inside it, then it closes with its
 * totals. The table (nested JSON) and both workbook writers are built from this one sequence, so the
 * screen and the file always show the same groups and figures.
 */
export type GroupingEvent =
  | { kind: 'groupStart'; level: number }
  | { kind: 'row'; row: PreparedRow }
  | {
      kind: 'groupEnd';
      level: number;
      field: string;
      /** The group field's value (of the group's first row). */
      cell: CellValue;
      /** The group's name as shown: the value's text, or «(не вказано)» for blank values. */
      text: string;
      totals: TotalFigures;
      firstRow: number;
      rowCount: number;
    };

interface OpenGroup {
  cell: CellValue;
  totals: TotalsAccumulator;
  firstRow: number;
  rowCount: number;
}

/**
 * Groups rows that arrive sorted by the group fields (outermost first). Rows of one group that arrive
 * apart form two groups: the in-memory outputs sort first (sortPreparedRows); the streaming writer relies
 * on the query's ORDER BY.
 */
export class RowGrouper {
  private readonly levels: { column: PreparedColumn; index: number }[];
  private readonly open: OpenGroup[] = [];
  private readonly grand: TotalsAccumulator;
  private rows = 0;

  constructor(
    private readonly columns: readonly PreparedColumn[],
    groupBy: readonly string[],
    private readonly locale: Locale,
  ) {
    this.levels = groupBy.map((field) => {
      const index = columns.findIndex((column) => column.field === field);
      if (index < 0) throw new Error(`groupBy field "${field}" is not a column`);
      return { column: columns[index], index };
    });
    this.grand = new TotalsAccumulator(columns);
  }

  get rowCount(): number {
    return this.rows;
  }

  push(row: PreparedRow, emit: (event: GroupingEvent) => void): void {
    const changed = this.levels.findIndex((level, depth) => !this.open[depth] || this.open[depth].cell.key !== row.cells[level.index].key);
    if (changed >= 0) {
      this.closeFrom(changed, emit);
      for (let depth = changed; depth < this.levels.length; depth += 1) {
        this.open[depth] = { cell: row.cells[this.levels[depth].index], totals: new TotalsAccumulator(this.columns), firstRow: row.index, rowCount: 0 };
        emit({ kind: 'groupStart', level: depth });
      }
    }
    for (const group of this.open) {
      group.totals.add(row.cells);
      group.rowCount += 1;
    }
    this.grand.add(row.cells);
    this.rows += 1;
    emit({ kind: 'row', row });
  }

  /** Closes the open groups; returns the grand totals. */
  finish(emit: (event: GroupingEvent) => void): TotalFigures {
    this.closeFrom(0, emit);
    return this.grand.figures();
  }

  get hasTotals(): boolean {
    return this.grand.any;
  }

  private closeFrom(level: number, emit: (event: GroupingEvent) => void): void {
    for (let depth = this.open.length - 1; depth >= level; depth -= 1) {
      const group = this.open[depth];
      const field = this.levels[depth].column.field;
      const text = group.cell.blank ? reportLabel('blankGroup', this.locale) : group.cell.text;
      emit({ kind: 'groupEnd', level: depth, field, cell: group.cell, text, totals: group.totals.figures(), firstRow: group.firstRow, rowCount: group.rowCount });
    }
    this.open.length = level;
  }
}

const collator = new Intl.Collator('uk', { numeric: true, sensitivity: 'base' });

/** Orders two non-blank values of one column: texts as a Ukrainian reader expects ('Ґ' after 'Г', '№2' before '№10'). */
function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a.order === 'string' && typeof b.order === 'string') return collator.compare(a.order, b.order);
  return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
}

/** Sorts by the group fields, then by the sheet's sort keys; ties keep the query's order. Blank values go last. */
export function sortPreparedRows(sheet: SheetDefinition<any>, columns: readonly PreparedColumn[], rows: PreparedRow[]): PreparedRow[] {
  const keys = [
    ...(sheet.groupBy ?? []).map((field) => ({ field, direction: 'asc' as const })),
    ...(sheet.sort ?? []).map((key) => ({ field: key.field, direction: key.direction ?? 'asc' })),
  ].map((key) => ({ index: columns.findIndex((column) => column.field === key.field), sign: key.direction === 'desc' ? -1 : 1 }));
  if (keys.length === 0) return rows;
  const sorted = rows.slice().sort((a, b) => {
    for (const key of keys) {
      const x = a.cells[key.index];
      const y = b.cells[key.index];
      if (x.blank !== y.blank) return x.blank ? 1 : -1;
      const order = x.blank ? 0 : compareValues(x, y);
      if (order !== 0) return order * key.sign;
    }
    return a.index - b.index;
  });
  sorted.forEach((row, index) => {
    row.index = index;
  });
  return sorted;
}

/** Reads and sorts a sheet's rows: what every in-memory output starts from. */
export function prepareRows(sheet: SheetDefinition<any>, columns: readonly PreparedColumn[], rows: readonly ReportRow[], path: string, timeZone: string): PreparedRow[] {
  const prepared = rows.map((source, index) => ({ index, source, cells: readCells(columns, source, `${path}[${index}]`, timeZone) }));
  return sortPreparedRows(sheet, columns, prepared);
}

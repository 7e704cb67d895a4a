import type { Locale } from '../messages/locale';
import type { CellValue } from './cells';
import type { PreparedColumn } from './columns';
import type { ChartData } from './definition';
import type { PreparedRow } from './grouping';
import { reportLabel } from './labels';
import { TotalFigure, TotalsAccumulator } from './totals';

/**
 * The data of a chart: the sheet's rows summed by one category field. exceljs cannot draw charts, so the
 * workbook carries this small table on its own sheet for the user to chart in two clicks; the screen
 * draws it from the same points.
 */
export interface ChartPoints {
  category: { field: string; caption: string };
  series: { field: string; caption: string }[];
  /** In the order categories first appear in the sheet's rows. */
  points: ChartPoint[];
}

export interface ChartPoint {
  /** The category as shown; «(не вказано)» for blank values. */
  category: string;
  /** The category as a workbook cell holds it (a date stays a date). */
  excel: string | number | Date | null;
  /** Sums of the series fields, in series order. */
  values: TotalFigure[];
}

/** Sums the series by category row by row: the streaming writer cannot keep the rows to chart them at the end. */
export class ChartAccumulator {
  private readonly categoryIndex: number;
  private readonly seriesColumns: PreparedColumn[];
  private readonly seriesIndexes: number[];
  private readonly byKey = new Map<string, { cell: CellValue; totals: TotalsAccumulator }>();

  constructor(
    chart: ChartData<any>,
    private readonly columns: readonly PreparedColumn[],
    private readonly locale: Locale = 'uk',
  ) {
    this.categoryIndex = columns.findIndex((column) => column.field === chart.category);
    // Each series is summed, whatever total its column shows in the table.
    this.seriesColumns = chart.series.map((field) => ({ ...columns.find((column) => column.field === field)!, total: 'sum' as const }));
    this.seriesIndexes = chart.series.map((field) => columns.findIndex((column) => column.field === field));
  }

  add(row: PreparedRow): void {
    const cell = row.cells[this.categoryIndex];
    let point = this.byKey.get(cell.key);
    if (!point) {
      point = { cell, totals: new TotalsAccumulator(this.seriesColumns) };
      this.byKey.set(cell.key, point);
    }
    point.totals.add(this.seriesIndexes.map((index) => row.cells[index]));
  }

  points(): ChartPoints {
    const category = this.columns[this.categoryIndex];
    const blank = reportLabel('blankGroup', this.locale);
    return {
      category: { field: category.field, caption: category.caption },
      series: this.seriesColumns.map((column) => ({ field: column.field, caption: column.caption })),
      points: Array.from(this.byKey.values()).map(({ cell, totals }) => {
        const figures = totals.figures();
        return {
          category: cell.blank ? blank : cell.text,
          excel: cell.blank ? blank : cell.excel,
          values: this.seriesColumns.map((column) => figures[column.field]),
        };
      }),
    };
  }
}

export function chartPoints(chart: ChartData<any>, columns: readonly PreparedColumn[], rows: readonly PreparedRow[], locale: Locale = 'uk'): ChartPoints {
  const accumulator = new ChartAccumulator(chart, columns, locale);
  for (const row of rows) accumulator.add(row);
  return accumulator.points();
}

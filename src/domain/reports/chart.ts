import type { Locale } from '../messages/locale';
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

export function chartPoints(chart: ChartData<any>, columns: readonly PreparedColumn[], rows: readonly PreparedRow[], locale: Locale = 'uk'): ChartPoints {
  const categoryIndex = columns.findIndex((column) => column.field === chart.category);
  const category = columns[categoryIndex];
  // Each series summed whatever total its column shows in the table.
  const seriesColumns = chart.series.map((field) => ({ ...columns.find((column) => column.field === field)!, total: 'sum' as const }));
  const seriesIndexes = chart.series.map((field) => columns.findIndex((column) => column.field === field));

  const byKey = new Map<string, { cell: PreparedRow['cells'][number]; totals: TotalsAccumulator }>();
  for (const row of rows) {
    const cell = row.cells[categoryIndex];
    let point = byKey.get(cell.key);
    if (!point) {
      point = { cell, totals: new TotalsAccumulator(seriesColumns) };
      byKey.set(cell.key, point);
    }
    point.totals.add(seriesIndexes.map((index) => row.cells[index]));
  }

  const blank = reportLabel('blankGroup', locale);
  return {
    category: { field: category.field, caption: category.caption },
    series: seriesColumns.map((column) => ({ field: column.field, caption: column.caption })),
    points: Array.from(byKey.values()).map(({ cell, totals }) => {
      const figures = totals.figures();
      return {
        category: cell.blank ? blank : cell.text,
        excel: cell.blank ? blank : cell.excel,
        values: seriesColumns.map((column) => figures[column.field]),
      };
    }),
  };
}

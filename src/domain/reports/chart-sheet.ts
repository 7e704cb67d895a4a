import type { Workbook, Worksheet } from 'exceljs';
import type { Locale } from '../messages/locale';
import type { ChartPoints } from './chart';
import type { PreparedColumn } from './columns';
import { reportLabel } from './labels';
import { safeSheetName } from './sheet-names';

/**
 * The chart's data on a small sheet of its own after the report's sheet: a header of captions, one row per
 * category. Works on both exceljs workbooks (in memory and streaming).
 */
export function addChartSheet(workbook: Pick<Workbook, 'addWorksheet'>, chart: ChartPoints, columns: readonly PreparedColumn[], locale: Locale, taken: Set<string>): Worksheet {
  const worksheet = workbook.addWorksheet(safeSheetName(reportLabel('chartSheet', locale), taken));
  const categoryColumn = columns.find((column) => column.field === chart.category.field)!;
  const seriesColumns = chart.series.map((series) => columns.find((column) => column.field === series.field)!);

  const header = worksheet.getRow(1);
  [chart.category.caption, ...chart.series.map((series) => series.caption)].forEach((caption, i) => {
    const cell = header.getCell(i + 1);
    cell.value = caption;
    cell.font = { bold: true };
  });
  chart.points.forEach((point, index) => {
    const row = worksheet.getRow(index + 2);
    const category = row.getCell(1);
    category.value = point.excel;
    if (categoryColumn.numFmt && typeof point.excel !== 'string') category.numFmt = categoryColumn.numFmt;
    point.values.forEach((figure, i) => {
      const cell = row.getCell(i + 2);
      cell.value = figure.excel;
      if (seriesColumns[i].numFmt) cell.numFmt = seriesColumns[i].numFmt!;
    });
  });
  worksheet.getColumn(1).width = Math.min(60, Math.max(12, chart.category.caption.length, ...chart.points.map((point) => point.category.length)) + 2);
  chart.series.forEach((series, i) => {
    worksheet.getColumn(i + 2).width = Math.min(30, Math.max(12, series.caption.length + 2, ...chart.points.map((point) => point.values[i].text.length + 2)));
  });
  return worksheet;
}

import type { Locale } from '../messages/locale';
import { DEFAULT_TIME_ZONE } from '../time';
import { ChartPoints, chartPoints } from './chart';
import { prepareColumns } from './columns';
import type { ColumnType, ReportRow, SheetDefinition, TotalKind } from './definition';
import { GroupingEvent, prepareRows, RowGrouper } from './grouping';
import { captionIn } from './labels';
import type { TotalFigures } from './totals';

/**
 * The screen's form of one sheet: plain JSON with the same rows, groups and figures the workbook shows
 * (both are made from the same prepared rows and the same grouper).
 */
export interface ReportTable {
  name: string;
  columns: ReportTableColumn[];
  /** In the report's order: sorted by the group fields, then by the sheet's sort keys. */
  rows: ReportTableRow[];
  /** Groups of the first groupBy field, each holding those of the next; empty without groupBy. */
  groups: ReportTableGroup[];
  /** The grand total by field; null when no column has a total. */
  total: TotalFigures | null;
  chart: ChartPoints | null;
}

export interface ReportTableColumn {
  field: string;
  caption: string;
  type: ColumnType;
  total: TotalKind | null;
}

export interface ReportTableRow {
  /** The row's values of the columns, as the query gave them. */
  values: ReportRow;
  /** The same values as the screen shows them: '1 234,50', '29.11.2026 14:05'. */
  text: Record<string, string>;
}

export interface ReportTableGroup {
  field: string;
  /** The group field's value as given (of the group's first row). */
  value: unknown;
  /** How the group is named: the value's text, «(не вказано)» for blank values. */
  text: string;
  /** The group's rows are `rows.slice(firstRow, firstRow + rowCount)`. */
  firstRow: number;
  rowCount: number;
  total: TotalFigures;
  groups: ReportTableGroup[];
}

export interface TableOptions {
  locale?: Locale;
  /** The zone datetimes are shown in; Europe/Kyiv when not given. */
  timeZone?: string;
  /** Names row fields in errors: 'sheets[1].rows'. */
  path?: string;
}

export function buildReportTable(sheet: SheetDefinition<any>, rows: readonly ReportRow[], options: TableOptions = {}): ReportTable {
  const locale = options.locale ?? 'uk';
  const columns = prepareColumns(sheet, locale);
  const prepared = prepareRows(sheet, columns, rows, options.path ?? 'rows', options.timeZone ?? DEFAULT_TIME_ZONE);

  const grouper = new RowGrouper(columns, sheet.groupBy ?? [], locale);
  // Groups close innermost first: a closing group takes the children collected one level down.
  const collected: ReportTableGroup[][] = [[]];
  const onEvent = (event: GroupingEvent) => {
    if (event.kind !== 'groupEnd') return;
    const children = collected[event.level + 1] ?? [];
    collected[event.level + 1] = [];
    (collected[event.level] ??= []).push({
      field: event.field,
      value: prepared[event.firstRow].source[event.field] ?? null,
      text: event.text,
      firstRow: event.firstRow,
      rowCount: event.rowCount,
      total: event.totals,
      groups: children,
    });
  };
  for (const row of prepared) grouper.push(row, onEvent);
  const total = grouper.finish(onEvent);

  return {
    name: captionIn(sheet.name, locale),
    columns: columns.map(({ field, caption, type, total: kind }) => ({ field, caption, type, total: kind })),
    rows: prepared.map((row) => ({
      values: Object.fromEntries(columns.map((column) => [column.field, row.source[column.field] ?? null])),
      text: Object.fromEntries(columns.map((column, i) => [column.field, row.cells[i].text])),
    })),
    groups: collected[0],
    total: grouper.hasTotals ? total : null,
    chart: sheet.chart ? chartPoints(sheet.chart, columns, prepared, locale) : null,
  };
}

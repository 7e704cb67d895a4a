import type { CellValue } from '../cells';
import { PreparedColumn, totalNumFmt } from '../columns';
import type { PreparedRow } from '../grouping';
import type { TotalFigures } from '../totals';
import type { PreparedDetails } from '../details';
import type { HeadingPlaceholder, Placeholder } from './placeholders';

/** What placeholders are replaced with in one run. */
export interface TemplateValues {
  columns: readonly PreparedColumn[];
  rows: readonly PreparedRow[];
  totals: TotalFigures;
  heading: Record<HeadingPlaceholder, string>;
  parameters: Record<string, string>;
  /** the record's single values: definition.details read for their types */
  details?: PreparedDetails;
}

/** A typed value for a placeholder alone in its cell, with the number format to use if the cell has none. */
export interface PlaceholderValue {
  value: string | number | Date | null;
  numFmt: string | null;
}

/** Resolves placeholders for one data row (null outside the data row). */
export class PlaceholderResolver {
  private readonly columnIndex: Map<string, number>;
  private readonly detailIndex: Map<string, number>;

  constructor(private readonly values: TemplateValues) {
    this.columnIndex = new Map(values.columns.map((column, i) => [column.field, i]));
    this.detailIndex = new Map((values.details?.columns ?? []).map((column, i) => [column.field, i]));
  }

  private detailOf(field: string): { cell: CellValue; column: PreparedColumn } | null {
    const index = this.detailIndex.get(field);
    return index === undefined ? null : { cell: this.values.details!.cells[index], column: this.values.details!.columns[index] };
  }

  private cellOf(row: PreparedRow | null, field: string): CellValue | null {
    const index = this.columnIndex.get(field);
    return row && index !== undefined ? row.cells[index] : null;
  }

  /** The text that replaces a placeholder inside a longer text. */
  text(placeholder: Placeholder, row: PreparedRow | null): string {
    switch (placeholder.kind) {
      case 'heading':
        return this.values.heading[placeholder.name];
      case 'parameter':
        return this.values.parameters[placeholder.key] ?? '';
      case 'row':
        return this.cellOf(row, placeholder.field)?.text ?? '';
      case 'total':
        return this.values.totals[placeholder.field]?.text ?? '';
      case 'detail':
        return this.detailOf(placeholder.field)?.cell.text ?? '';
      default:
        return '';
    }
  }

  /** The value a cell holding only this placeholder takes. */
  value(placeholder: Placeholder, row: PreparedRow | null): PlaceholderValue {
    if (placeholder.kind === 'row') {
      const cell = this.cellOf(row, placeholder.field);
      const column = this.values.columns[this.columnIndex.get(placeholder.field)!];
      return { value: cell && !cell.blank ? cell.excel : null, numFmt: column?.numFmt ?? null };
    }
    if (placeholder.kind === 'total') {
      const figure = this.values.totals[placeholder.field];
      const column = this.values.columns[this.columnIndex.get(placeholder.field)!];
      return { value: figure?.excel ?? null, numFmt: figure && column ? totalNumFmt(column, figure.kind) : null };
    }
    if (placeholder.kind === 'detail') {
      const detail = this.detailOf(placeholder.field);
      return { value: detail && !detail.cell.blank ? detail.cell.excel : null, numFmt: detail?.column.numFmt ?? null };
    }
    const text = this.text(placeholder, row);
    return { value: text === '' ? null : text, numFmt: null };
  }
}

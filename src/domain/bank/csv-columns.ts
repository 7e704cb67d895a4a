import type { LocalDate } from '../time/local-date';
import { readSignedKopecks, readUnsignedKopecks } from './amounts';
import { currencyCode, DEFAULT_CURRENCY } from './currencies';
import type { CsvRow } from './csv';
import { parseBankDate } from './dates';
import { quotedValue, refusal } from './refusal';
import { cyrillicI, textOrNull } from './text';

/**
 * Columns of a CSV export found by their header names, never by position: banks add, drop and reorder
 * columns between versions of their client-bank. Names are compared normalised, because exporters mix
 * scripts (a Latin i in «Операцiя»), apostrophes (’ ' ʼ) and spacing.
 */

/** Latin letters that look like Cyrillic ones, mapped to them: both sides of a comparison go through it. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

export function normalizeLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’ʼ`´‘"]/g, '')
    .replace(/[abcehikmoptxy]/g, (letter) => LOOKALIKES[letter])
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ColumnSpec {
  /** Names the column goes by, in the exports seen so far. */
  names: readonly string[];
  required?: boolean;
}

/** Where each column is (-1 when absent) and its name as the file wrote it (or as we know it, when absent). */
export type Columns<K extends string> = Record<K, { index: number; name: string }>;

function indexOf(normalizedHeaders: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const index = normalizedHeaders.indexOf(normalizeLabel(name));
    if (index !== -1) return index;
  }
  return -1;
}

/** True when every group has a column: `[['Дебет'], ['Наш IBAN', 'Наш рахунок']]`. */
export function hasColumns(headers: readonly string[], groups: readonly (readonly string[])[]): boolean {
  const normalized = headers.map(normalizeLabel);
  return groups.every((names) => indexOf(normalized, names) !== -1);
}

/** Finds each column; a missing required column refuses the file at its header line. */
export function findColumns<K extends string>(header: CsvRow, spec: Record<K, ColumnSpec>): Columns<K> {
  const normalized = header.cells.map(normalizeLabel);
  const columns = {} as Columns<K>;
  for (const key of Object.keys(spec) as K[]) {
    const index = indexOf(normalized, spec[key].names);
    if (index === -1 && spec[key].required) throw refusal(header.line, 'statement.missingColumn', { field: spec[key].names[0] });
    columns[key] = { index, name: index === -1 ? spec[key].names[0] : header.cells[index].trim() };
  }
  return columns;
}

/**
 * The header's width without trailing empty names; rows must have as many fields (a trailing separator
 * is tolerated). A row with more or fewer is refused: an unquoted separator in a purpose shifts every later
 * column, and reading them by name would then read the wrong ones.
 */
export function checkedRows(header: CsvRow, rows: readonly CsvRow[]): CsvRow[] {
  const width = widthWithoutTrailingBlanks(header.cells, 0);
  return rows.map((row) => {
    const cells = row.cells.slice(0, widthWithoutTrailingBlanks(row.cells, width));
    if (cells.length !== width) throw refusal(row.line, 'statement.columnCount', { count: cells.length, expected: width });
    return { line: row.line, cells };
  });
}

function widthWithoutTrailingBlanks(cells: readonly string[], atLeast: number): number {
  let width = cells.length;
  while (width > atLeast && cells[width - 1].trim() === '') width -= 1;
  return width;
}

/** Typed reading of one row's cells; refusals name the row's line and the column as the file wrote it. */
export class CsvCells<K extends string> {
  constructor(
    private readonly columns: Columns<K>,
    private readonly row: CsvRow,
  ) {}

  get line(): number {
    return this.row.line;
  }

  field(key: K): string {
    return this.columns[key].name;
  }

  /** The trimmed cell, '' when the column is absent. */
  text(key: K): string {
    const { index } = this.columns[key];
    return index === -1 ? '' : (this.row.cells[index] ?? '').trim();
  }

  /** Names and purposes: the cell with mixed-script words put right, or null. */
  words(key: K): string | null {
    return textOrNull(cyrillicI(this.text(key)));
  }

  /** The first of the date columns that is filled in; refused when it is not a date or none is filled. */
  date(...keys: K[]): LocalDate {
    const key = keys.find((candidate) => this.text(candidate) !== '') ?? keys[0];
    const value = this.text(key);
    const date = parseBankDate(value);
    if (date === null) throw refusal(this.line, 'statement.badDate', { field: this.field(key), value: quotedValue(value) });
    return date;
  }

  /** Kopecks in the cell, null when it is blank; `signed` allows a minus. */
  kopecks(key: K, { signed }: { signed: boolean }): bigint | null {
    const value = this.text(key);
    if (value === '') return null;
    const kopecks = signed ? readSignedKopecks(value) : readUnsignedKopecks(value);
    if (kopecks === null) throw refusal(this.line, 'statement.badAmount', { field: this.field(key), value: quotedValue(value) });
    return kopecks;
  }

  /** The currency; UAH when the export has no currency column or leaves it blank. */
  currency(key: K): string {
    const value = this.text(key);
    if (value === '') return DEFAULT_CURRENCY;
    const code = currencyCode(value);
    if (code === null) throw refusal(this.line, 'statement.badCurrency', { field: this.field(key), value: quotedValue(value) });
    return code;
  }
}

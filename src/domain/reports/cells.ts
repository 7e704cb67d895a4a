import { DomainValidationError } from '../errors';
import { formatAmount, formatDateTime, formatInteger, formatLocalDate, formatMoney } from '../format';
import { issue, issueFrom } from '../messages/render';
import { divRound, formatScaled, parseScaled, pow10, toKopecks } from '../money';
import { ok, Result } from '../result';
import { dateParts, parseLocalDate, wallClockOf } from '../time';
import type { PreparedColumn } from './columns';

/**
 * One value of a row read for its column, once, into everything the outputs need: the text the screen
 * shows, the exact units totals are summed from, the value an Excel cell holds, and keys to sort and group by.
 */
export interface CellValue {
  /** null, undefined or blank text. */
  blank: boolean;
  /** As the screen shows it: '1 234,50', '29.11.2026', '12,5%'; '' when blank. */
  text: string;
  /** Numeric columns: the value in exact units at the column's scale (kopecks for money). */
  units: bigint | null;
  /** What the workbook cell holds: numbers as numbers, dates as dates on the wall clock. */
  excel: string | number | Date | null;
  /** Equal for values that fall into one group. */
  key: string;
  /** Orders values of the column (blank values sort last, outside this). */
  order: bigint | number | string | null;
}

const BLANK: CellValue = { blank: true, text: '', units: null, excel: null, key: '', order: null };

/** The longest text an Excel cell holds. */
const EXCEL_TEXT_LIMIT = 32767;

const SPACES = /[\s\u00a0\u2009\u202f]/g;

/** A number's digits without an exponent, for rounding: 1e-7 → '0.00000010000000000000'. */
function plainDigits(value: number): string {
  const shortest = String(value);
  return /e/i.test(shortest) ? value.toFixed(20) : shortest;
}

/**
 * A decimal rounded to `scale` places, half away from zero (as the money core rounds): computed shares
 * and rates (1/3, 0.1234567) are reports' everyday values, unlike money, which must already be exact.
 */
export function roundToScale(value: unknown, scale: number): Result<bigint> {
  const exact = parseScaled(value, scale);
  if (exact.ok || (exact.code !== 'number.decimals' && exact.code !== 'number.whole')) return exact;
  const text = (typeof value === 'number' ? plainDigits(value) : String(value)).replace(SPACES, '');
  const places = /[.,](\d*)$/.exec(text)?.[1].length ?? 0;
  const finer = parseScaled(text, places);
  if (!finer.ok || places <= scale) return finer;
  return ok(divRound(finer.value, pow10(places - scale)));
}

/** Exact units as Ukrainian text: (123450n, 2) → '1 234,50'. */
export function formatUnits(units: bigint, scale: number): string {
  const plain = formatScaled(units, scale);
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  return `${negative ? '-' : ''}${formatInteger(BigInt(whole))}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** The screen text of a number of the column kept at `scale` (the column's own, or a total's). */
export function numberText(column: PreparedColumn, units: bigint, scale = column.scale): string {
  switch (column.type) {
    case 'money':
      return column.currency ? formatMoney(units, column.currency) : formatAmount(units);
    case 'percent':
      return `${formatUnits(units, scale - 2)}%`;
    default:
      return scale === 0 ? formatInteger(units) : formatUnits(units, scale);
  }
}

/** The number an Excel cell holds for exact units: a percent's fraction, kopecks as hryvnias. */
export function unitsToNumber(units: bigint, scale: number): number {
  return Number(formatScaled(units, scale));
}

function fail(path: string, failure: { reason?: string; code?: string; params?: Readonly<Record<string, string | number>> }): never {
  throw new DomainValidationError([issueFrom(path, failure)]);
}

function readNumber(column: PreparedColumn, value: unknown, path: string): CellValue {
  let units: bigint;
  if (column.type === 'money') units = toKopecks(value as string | number, path);
  else if (typeof value === 'bigint' && column.scale === 0) units = value;
  else {
    const parsed = column.type === 'integer' ? parseScaled(value, 0) : roundToScale(value, column.scale);
    if (!parsed.ok) fail(path, parsed);
    units = parsed.value;
  }
  const text = numberText(column, units);
  return { blank: false, text, units, excel: unitsToNumber(units, column.scale), key: units.toString(), order: units };
}

function readDate(value: unknown, path: string): CellValue {
  const parsed = parseLocalDate(value);
  if (!parsed.ok) throw new DomainValidationError([issue(path, 'type.localDate')]);
  const { year, month, day } = dateParts(parsed.value);
  // Excel has no time zones: a date is the midnight of its day, which exceljs writes from UTC.
  return { blank: false, text: formatLocalDate(parsed.value), units: null, excel: new Date(Date.UTC(year, month - 1, day)), key: parsed.value, order: parsed.value };
}

function readDateTime(value: unknown, path: string, timeZone: string): CellValue {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw new DomainValidationError([issue(path, 'type.dateTime')]);
  const wall = wallClockOf(ms, timeZone);
  const { year, month, day } = dateParts(wall.date);
  return {
    blank: false,
    text: formatDateTime(ms, timeZone),
    units: null,
    // The cell shows the wall clock of the report's zone, the same as the screen.
    excel: new Date(Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second)),
    key: new Date(ms).toISOString(),
    order: ms,
  };
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Reads one value for its column. A value the column cannot hold (money with three decimals, a date that
 * is no date) is a fault of the query, reported as a DomainValidationError naming `path`
 * ('sheets[0].rows[12].amount') rather than shown as a wrong figure.
 */
export function readCell(column: PreparedColumn, value: unknown, path: string, timeZone: string): CellValue {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return BLANK;
  switch (column.type) {
    case 'integer':
    case 'money':
    case 'decimal':
    case 'percent':
      return readNumber(column, value, path);
    case 'date':
      return readDate(value, path);
    case 'datetime':
      return readDateTime(value, path, timeZone);
    default: {
      const text = plainText(value);
      return { blank: false, text, units: null, excel: text.slice(0, EXCEL_TEXT_LIMIT), key: text, order: text };
    }
  }
}

/** A row's cells in column order. */
export function readCells(columns: readonly PreparedColumn[], row: Record<string, unknown>, path: string, timeZone: string): CellValue[] {
  return columns.map((column) => readCell(column, row[column.field], `${path}.${column.field}`, timeZone));
}

import { FieldIssue } from '../errors';
import { failWith, issue } from '../messages/render';
import { ok, Result } from '../result';
import { DECIMAL_COLUMN_SIZES, DecimalKind } from './columns';
import { formatScaled, parseScaled, pow10 } from './decimal';

/**
 * A decimal must fit the column of its kind (see columns.ts): beyond it PostgreSQL refuses the write
 * (numeric field overflow, a 500 if it got that far) and SQLite would keep a rounded double. So values
 * are checked here first, and the reason names the limit: 'must be at most 999 999 999 999.99'.
 */

/** The largest magnitude of a kind in its scaled units: 10^precision − 1 (99 999 999 999 999 kopecks). */
export function largestUnits(kind: DecimalKind): bigint {
  return pow10(DECIMAL_COLUMN_SIZES[kind].precision) - BigInt(1);
}

/** Amounts in kopecks: 999 999 999 999.99. */
export const MAX_AMOUNT_KOPECKS: bigint = largestUnits('amount');

/** '999999999999.99' → '999 999 999 999.99': limits are read by people. */
export function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace(/^-/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The limit of a kind as people read it: '999 999 999 999.99'. */
export function formatLimit(kind: DecimalKind): string {
  return groupThousands(formatScaled(largestUnits(kind), DECIMAL_COLUMN_SIZES[kind].scale));
}

/** Which bound `units` breaks, with the limit as people read it; null when it fits its kind. */
export function limitBreach(units: bigint, kind: DecimalKind): { bound: 'above' | 'below'; limit: string } | null {
  const largest = largestUnits(kind);
  if (units > largest) return { bound: 'above', limit: formatLimit(kind) };
  if (units < -largest) return { bound: 'below', limit: `-${formatLimit(kind)}` };
  return null;
}

function limitFailure<T>(breach: { bound: 'above' | 'below'; limit: string }): Result<T> {
  return failWith(breach.bound === 'above' ? 'decimal.atMost' : 'decimal.atLeast', { limit: breach.limit });
}

/**
 * Parses a decimal of a kind into its scaled units (kopecks, thousandths, hundredths of a percent):
 * at most `scale` decimals, and within the column's limit. Blank input: 'is required'.
 */
export function parseDecimalOfKind(value: unknown, kind: DecimalKind): Result<bigint> {
  const { scale } = DECIMAL_COLUMN_SIZES[kind];
  // A number far over the limit is refused for the limit, not for being too large to be exact.
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) >= 10 ** (DECIMAL_COLUMN_SIZES[kind].precision - scale)) {
    return limitFailure({ bound: value > 0 ? 'above' : 'below', limit: value > 0 ? formatLimit(kind) : `-${formatLimit(kind)}` });
  }
  const parsed = parseScaled(value, scale);
  if (!parsed.ok) return parsed;
  const breach = limitBreach(parsed.value, kind);
  return breach ? limitFailure(breach) : ok(parsed.value);
}

/** The text a decimal of a kind is stored as: '1234.50' (amount), '2.125' (quantity), '7.50' (rate). */
export function formatDecimalOfKind(units: bigint, kind: DecimalKind): string {
  return formatScaled(units, DECIMAL_COLUMN_SIZES[kind].scale);
}

/**
 * An issue for a computed amount (a line's net, VAT or total, a document total) that would not fit:
 * `{ field: 'total', reason: 'would be 1 199 999 999 999.99; must be at most 999 999 999 999.99' }`.
 */
export function computedAmountIssue(field: string, kopecks: bigint): FieldIssue | null {
  const breach = limitBreach(kopecks, 'amount');
  if (!breach) return null;
  const value = groupThousands(formatScaled(kopecks, 2));
  return issue(field, breach.bound === 'above' ? 'decimal.wouldBeAbove' : 'decimal.wouldBeBelow', { value, limit: breach.limit });
}

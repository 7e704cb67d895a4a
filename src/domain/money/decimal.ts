import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * Exact decimal parsing into scaled integers (bigint): parseScaled('1 234,5', 2) → 123450n.
 * Strings: optional sign, digits with spaces as thousand separators, "." or "," as the decimal mark.
 * Numbers: taken at their shortest decimal form; float noise such as 0.1 + 0.2 is snapped to the scale
 * when it lies within a few ulps, a real extra decimal (1.005) is refused.
 */
export type DecimalInput = string | number | null | undefined;

const SPACES = /[\s\u00a0\u2009\u202f]/g;

export function pow10(scale: number): bigint {
  return BigInt(`1${'0'.repeat(scale)}`);
}

function tooManyDecimals(scale: number): Result<bigint> {
  return scale === 0 ? failWith('number.whole') : failWith('number.decimals', { scale });
}

function parseString(text: string, scale: number): Result<bigint> {
  const compact = text.replace(SPACES, '');
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(compact);
  if (!match || (match[2] === '' && (match[3] === undefined || match[3] === ''))) return failWith('type.number');
  const [, sign, whole, fractionRaw = ''] = match;
  const fraction = fractionRaw.replace(/0+$/, '');
  if (fraction.length > scale) return tooManyDecimals(scale);
  const units = BigInt(whole || '0') * pow10(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
  return ok(sign === '-' ? -units : units);
}

function parseNumber(value: number, scale: number): Result<bigint> {
  if (!Number.isFinite(value)) return failWith('type.number');
  if (Math.abs(value) * 10 ** scale > Number.MAX_SAFE_INTEGER) return failWith('money.tooLarge');
  const shortest = String(value);
  if (!/e/i.test(shortest)) {
    const exact = parseString(shortest, scale);
    if (exact.ok) return exact;
  }
  // Float noise (0.1 + 0.2 = 0.30000000000000004): accept the value rounded to the scale
  // when it differs from the input only by a few units in the last place.
  const rounded = value.toFixed(scale);
  if (Math.abs(Number(rounded) - value) <= Math.abs(value) * 8 * Number.EPSILON) return parseString(rounded, scale);
  return tooManyDecimals(scale);
}

/** Parses a decimal into an integer count of 10^-scale units. Blank input: 'is required'. */
export function parseScaled(value: unknown, scale: number): Result<bigint> {
  if (value === null || value === undefined) return failWith('required');
  if (typeof value === 'number') return parseNumber(value, scale);
  if (typeof value === 'string') {
    if (value.trim() === '') return failWith('required');
    return parseString(value.trim(), scale);
  }
  return failWith('type.number');
}

/** Formats scaled units: formatScaled(123450n, 2) → '1234.50'. No thousand separators. */
export function formatScaled(units: bigint | number, scale: number): string {
  let n: bigint;
  if (typeof units === 'bigint') n = units;
  else if (Number.isSafeInteger(units)) n = BigInt(units);
  else throw new RangeError(`formatScaled: ${units} is not a safe integer`);
  const negative = n < BigInt(0);
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** n / d rounded half away from zero (d > 0). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= BigInt(0)) throw new RangeError('divRound: divisor must be positive');
  const q = n / d;
  const r = n % d;
  const twice = (r < BigInt(0) ? -r : r) * BigInt(2);
  if (twice >= d) return n < BigInt(0) ? q - BigInt(1) : q + BigInt(1);
  return q;
}

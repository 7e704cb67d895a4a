import { issueFrom } from '../messages/render';
import { DomainValidationError } from '../errors';
import { Result } from '../result';
import { DecimalInput, divRound, formatScaled, parseScaled } from './decimal';

/** Money is held as bigint kopecks (1/100 UAH, or cents of another currency). */
export type Kopecks = bigint;

/** Parses money with at most 2 decimals: '1234.5', '1234,50', '1 234,50', 12.3, 0.1 + 0.2. */
export function parseMoney(value: unknown): Result<Kopecks> {
  return parseScaled(value, 2);
}

/** Like parseMoney, but throws a DomainValidationError naming `field` ('value' by default). */
export function toKopecks(value: DecimalInput, field = 'value'): Kopecks {
  const result = parseMoney(value);
  if (!result.ok) throw new DomainValidationError([issueFrom(field, result)]);
  return result.value;
}

/** 123450n → '1234.50'; -5n → '-0.05'. Numbers must be safe integers. */
export function formatKopecks(kopecks: Kopecks | number): string {
  return formatScaled(kopecks, 2);
}

/** Rounds any decimal (any number of places) to kopecks, half away from zero: '0.005' → 1n. */
export function roundToKopecks(value: DecimalInput, field = 'value'): Kopecks {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = typeof value === 'number' ? value.toString() : value;
    const match = /[.,](\d*)$/.exec(text.trim());
    const places = match ? match[1].length : 0;
    if (places > 2 && !/e/i.test(text)) {
      const scaled = parseScaled(value, places);
      if (!scaled.ok) throw new DomainValidationError([issueFrom(field, scaled)]);
      return divRound(scaled.value, BigInt(`1${'0'.repeat(places - 2)}`));
    }
  }
  return toKopecks(value, field);
}

/** Exact sum of money values; blank values count as zero. Returns a decimal string. */
export function sumMoney(values: readonly DecimalInput[], field = 'values'): string {
  let total = BigInt(0);
  values.forEach((value, i) => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return;
    total += toKopecks(value, `${field}[${i}]`);
  });
  return formatKopecks(total);
}

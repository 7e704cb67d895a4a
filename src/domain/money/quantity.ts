import { issueFrom } from '../messages/render';
import { DomainValidationError } from '../errors';
import { Result } from '../result';
import { DecimalInput, formatScaled, parseScaled } from './decimal';

/** Quantities have up to 3 decimals and are held as bigint thousandths. */
export type Thousandths = bigint;

export function parseQuantity(value: unknown): Result<Thousandths> {
  return parseScaled(value, 3);
}

export function toThousandths(value: DecimalInput, field = 'quantity'): Thousandths {
  const result = parseQuantity(value);
  if (!result.ok) throw new DomainValidationError([issueFrom(field, result)]);
  return result.value;
}

/** 1500n → '1.5', 2000n → '2', 1234n → '1.234' (trailing zeros dropped). */
export function formatQuantity(thousandths: Thousandths | number): string {
  return formatScaled(thousandths, 3).replace(/\.?0+$/, '');
}

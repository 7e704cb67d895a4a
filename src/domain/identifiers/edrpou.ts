import { failWith } from '../messages/render';
import { ok, Result } from '../result';
import { digitsOf, readDigits, weightedSum } from './code-string';

/**
 * ЄДРПОУ (EDRPOU): 8 digits, the last one a check digit.
 * Weights 1..7, or 7,1,2,3,4,5,6 for codes from 30000000 to 60000000; sum mod 11;
 * a remainder of 10 is recomputed with every weight +2; a second 10 gives 0.
 */
const WEIGHTS = [1, 2, 3, 4, 5, 6, 7];
const WEIGHTS_30M_60M = [7, 1, 2, 3, 4, 5, 6];

/** Check digit for the first 7 digits of a ЄДРПОУ code. */
export function edrpouCheckDigit(first7: string): number {
  if (!/^\d{7}$/.test(first7)) throw new RangeError('edrpouCheckDigit: expects 7 digits');
  const head = Number(first7);
  // Codes 30000000..60000000 use the second weight set. 6000000x for x > 0 is above 60000000,
  // and 60000000 itself would need check digit 9 under that set, so only heads below 6000000 use it.
  const base = head >= 3000000 && head < 6000000 ? WEIGHTS_30M_60M : WEIGHTS;
  const digits = digitsOf(first7);
  let rest = weightedSum(digits, base) % 11;
  if (rest === 10) {
    rest = weightedSum(digits, base.map((w) => w + 2)) % 11;
    if (rest === 10) rest = 0;
  }
  return rest;
}

export function validateEdrpou(value: unknown): Result<string> {
  const code = readDigits(value, 8);
  if (!code.ok) return code;
  if (edrpouCheckDigit(code.value.slice(0, 7)) !== Number(code.value[7])) return failWith('identifier.checkDigit');
  return ok(code.value);
}

export function isValidEdrpou(value: unknown): boolean {
  return validateEdrpou(value).ok;
}

/** Builds a valid ЄДРПОУ from 7 digits (demo data, tests). */
export function makeEdrpou(first7: string): string {
  return first7 + String(edrpouCheckDigit(first7));
}

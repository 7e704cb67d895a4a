import { failWith } from '../messages/render';
import { ok, Result } from '../result';
import { digitsOf, mod, readDigits, weightedSum } from './code-string';

/** РНОКПП (individual taxpayer number, ex-ІПН): 10 digits; weights -1,5,7,9,4,6,10,5,7; (sum mod 11) mod 10. */
const WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

export function rnokppCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new RangeError('rnokppCheckDigit: expects 9 digits');
  return mod(weightedSum(digitsOf(first9), WEIGHTS), 11) % 10;
}

export function validateRnokpp(value: unknown): Result<string> {
  const code = readDigits(value, 10);
  if (!code.ok) return code;
  if (rnokppCheckDigit(code.value.slice(0, 9)) !== Number(code.value[9])) return failWith('identifier.checkDigit');
  return ok(code.value);
}

export function isValidRnokpp(value: unknown): boolean {
  return validateRnokpp(value).ok;
}

/** Builds a valid РНОКПП from 9 digits (demo data, tests). */
export function makeRnokpp(first9: string): string {
  return first9 + String(rnokppCheckDigit(first9));
}

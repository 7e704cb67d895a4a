import { failWith } from '../messages/render';
import type { Result } from '../result';
import { readCode } from './code-string';
import { validateEdrpou } from './edrpou';
import { validateRnokpp } from './rnokpp';

export type TaxpayerCodeKind = 'edrpou' | 'rnokpp';

/**
 * A party code as found in payments and bank statements: ЄДРПОУ (8 digits) for a legal entity
 * or РНОКПП (10 digits) for a person / ФОП.
 */
export function validateTaxpayerCode(value: unknown): Result<string> {
  const kind = taxpayerCodeKind(value);
  if (kind === 'edrpou') return validateEdrpou(value);
  if (kind === 'rnokpp') return validateRnokpp(value);
  return failWith('identifier.taxpayerCode');
}

/** Which kind of code this looks like, by length; null when it is neither. */
export function taxpayerCodeKind(value: unknown): TaxpayerCodeKind | null {
  const code = readCode(value);
  if (!code.ok || !/^\d+$/.test(code.value)) return null;
  if (code.value.length === 8) return 'edrpou';
  if (code.value.length === 10) return 'rnokpp';
  return null;
}

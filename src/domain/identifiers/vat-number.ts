import { Result } from '../result';
import { readDigits } from './code-string';

/** ІПН платника ПДВ (VAT payer number): 12 digits. No public check-digit rule is applied. */
export function validateVatNumber(value: unknown): Result<string> {
  return readDigits(value, 12);
}

export function isValidVatNumber(value: unknown): boolean {
  return validateVatNumber(value).ok;
}

import { Result } from '../result';
import { readDigits } from './code-string';

/** МФО: the 6-digit Ukrainian bank code (also digits 5..10 of a UA IBAN). */
export function validateMfo(value: unknown): Result<string> {
  return readDigits(value, 6);
}

export function isValidMfo(value: unknown): boolean {
  return validateMfo(value).ok;
}

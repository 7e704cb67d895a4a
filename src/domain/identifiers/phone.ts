import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * Phone numbers to E.164 ("+380671234567").
 * Ukrainian forms accepted with the default country 380: "0671234567", "+380 67 123 45 67",
 * "380671234567", "(067) 123-45-67", "67 123 45 67", "8 067 123 45 67" (old trunk prefix), "00380…".
 * Other countries: with "+" (or "00"), 8 to 15 digits in all.
 */
const SEPARATORS = /[\s\-().\/]/g;

export function normalizePhone(input: unknown, defaultCountry = '380'): Result<string> {
  let text: string;
  if (typeof input === 'number' && Number.isSafeInteger(input) && input > 0) text = String(input);
  else if (typeof input === 'string') text = input.trim();
  else return failWith('phone.invalid');
  if (!/^\d{1,3}$/.test(defaultCountry) || defaultCountry[0] === '0') {
    throw new RangeError('normalizePhone: defaultCountry must be a country calling code such as "380"');
  }

  const plus = text.startsWith('+');
  const digits = (plus ? text.slice(1) : text).replace(SEPARATORS, '');
  if (!/^\d+$/.test(digits)) return failWith('phone.invalid');

  let international: string;
  if (plus) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (defaultCountry === '380') {
    const ua = uaNational(digits);
    if (ua === null) return failWith('phone.uaFormat');
    international = `380${ua}`;
  } else if (digits.startsWith(defaultCountry) && digits.length >= 8) international = digits;
  else if (digits.startsWith('0')) international = defaultCountry + digits.slice(1);
  else international = defaultCountry + digits;

  if (international.startsWith('0')) return failWith('phone.countryCode');
  if (international.startsWith('380')) {
    if (international.length !== 12 || international[3] === '0') return failWith('phone.uaDigits');
  } else if (international.length < 8 || international.length > 15) {
    return failWith('phone.length');
  }
  return ok(`+${international}`);
}

/** The 9 national digits of a Ukrainian number written without "+", or null. */
function uaNational(digits: string): string | null {
  if (digits.length === 12 && digits.startsWith('380')) return digits.slice(3);
  if (digits.length === 11 && digits.startsWith('80')) return digits.slice(2); // 8 0XX XXX XX XX
  if (digits.length === 10 && digits.startsWith('0')) return digits.slice(1);
  if (digits.length === 9 && !digits.startsWith('0')) return digits;
  return null;
}

/** Validator form (default country 380), for rule sets. */
export function validatePhone(value: unknown): Result<string> {
  return normalizePhone(value);
}

export function isValidPhone(value: unknown): boolean {
  return normalizePhone(value).ok;
}

import { failWith } from '../messages/render';
import { ok, Result } from '../result';

/**
 * IBAN (ISO 13616): country code, 2 check digits, BBAN; valid when the rearranged number mod 97 = 1.
 * UA: 29 characters = "UA" + 2 check digits + 6-digit МФО + 19-character account (the IBAN registry
 * allows letters in the account; Ukrainian banks use digits, left-padded with zeros).
 */

/** IBAN lengths of countries Ukrainian companies deal with most; other countries get the generic 15–34 range. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  UA: 29, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GE: 22, GR: 27, HR: 21, HU: 28, IE: 22, IT: 27, LT: 20, LU: 20, LV: 21, MD: 24,
  NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, TR: 26,
};

/** Removes whitespace and uppercases. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Remainder mod 97 of an alphanumeric string read as ISO 7064 (letters A=10 … Z=35). */
function mod97(text: string): number {
  let rest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const n = code >= 65 ? code - 55 : code - 48;
    rest = n >= 10 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest;
}

/** The two check digits for a country and BBAN, e.g. ibanCheckDigits('UA', '305299' + account19). */
export function ibanCheckDigits(country: string, bban: string): string {
  const cc = country.toUpperCase();
  const body = normalizeIban(bban);
  if (!/^[A-Z]{2}$/.test(cc) || !/^[A-Z0-9]+$/.test(body)) throw new RangeError('ibanCheckDigits: bad country or BBAN');
  const check = 98 - mod97(`${body}${cc}00`);
  return check < 10 ? `0${check}` : String(check);
}

export function validateIban(value: unknown): Result<string> {
  if (typeof value !== 'string') return failWith('type.string');
  const iban = normalizeIban(value);
  if (!/^[A-Z0-9]*$/.test(iban)) return failWith('iban.characters');
  if (!/^[A-Z]{2}\d{2}/.test(iban)) return failWith('iban.start');
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length !== undefined) {
    if (iban.length !== length) return failWith('iban.lengthForCountry', { length, country });
  } else if (iban.length < 15 || iban.length > 34) {
    return failWith('iban.lengthRange');
  }
  if (country === 'UA' && !/^UA\d{2}\d{6}[A-Z0-9]{19}$/.test(iban)) {
    return failWith('iban.bankCode');
  }
  const check = iban.slice(2, 4);
  if (check === '00' || check === '01' || check === '99') return failWith('iban.checkDigits');
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return failWith('iban.checkDigits');
  return ok(iban);
}

export function isValidIban(value: unknown): boolean {
  return validateIban(value).ok;
}

/** The МФО (bank code) of a UA IBAN, or null when the value is not shaped like a UA IBAN. Does not check the check digits. */
export function ibanMfo(iban: unknown): string | null {
  if (typeof iban !== 'string') return null;
  const normalized = normalizeIban(iban);
  if (!/^UA\d{2}\d{6}[A-Z0-9]{19}$/.test(normalized)) return null;
  return normalized.slice(4, 10);
}

/** Builds a valid UA IBAN from a 6-digit МФО and an account of up to 19 characters (left-padded with zeros). */
export function makeUaIban(mfo: string, account: string): string {
  const acc = normalizeIban(account);
  if (!/^\d{6}$/.test(mfo)) throw new RangeError('makeUaIban: the МФО must be 6 digits');
  if (!/^[A-Z0-9]{1,19}$/.test(acc)) throw new RangeError('makeUaIban: the account must be 1 to 19 letters or digits');
  const bban = mfo + acc.padStart(19, '0');
  return `UA${ibanCheckDigits('UA', bban)}${bban}`;
}

/** Print form: groups of four, "UA21 3223 1300 0002 6007 2335 6600 1". */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

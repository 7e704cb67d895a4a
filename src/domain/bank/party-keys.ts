import { normalizeIban } from '../identifiers';

/**
 * How a party's code and account are compared, wherever a statement meets stored data (dedupe keys,
 * counterparty lookup): one spelling per value, so a match never depends on how a bank wrote it.
 */

/**
 * A ЄДРПОУ / РНОКПП / ИНН as its digits. Spreadsheet-made exports drop the leading zeros of old ЄДРПОУ
 * codes ('32129' for '00032129'), so 5 to 7 digits are padded back to 8. Blank, and all zeros (banks
 * write '0000000000' for a person without a code), give null: no identity to match on.
 */
export function partyCodeKey(code: string | null | undefined): string | null {
  if (!code) return null;
  let digits = code.replace(/\D/g, '');
  if (digits.length >= 5 && digits.length < 8) digits = digits.padStart(8, '0');
  return /^0*$/.test(digits) ? null : digits;
}

/** An IBAN or legacy account number: no spaces, upper case; null when blank. */
export function accountKey(account: string | null | undefined): string | null {
  if (!account) return null;
  const key = normalizeIban(account);
  return key === '' ? null : key;
}

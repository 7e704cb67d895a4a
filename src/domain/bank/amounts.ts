import { formatKopecks, parseDecimalOfKind } from '../money';

/**
 * Amounts are read exactly, into bigint kopecks (domain/money), and must fit the amount column the CRM
 * stores them in (999 999 999 999.99): a larger figure in a statement is a broken file, not a payment.
 * Spaces and no-break spaces group thousands; the decimal mark may be a dot or a comma; kopecks may be
 * missing ('6000' is 6000.00).
 */

/** Kopecks of a signed amount ('-70 000.00' → -7000000n), or null when it is not one. */
export function readSignedKopecks(text: string): bigint | null {
  const parsed = parseDecimalOfKind(text, 'amount');
  return parsed.ok ? parsed.value : null;
}

/** Kopecks of an amount written without a sign, or null (a sign, even '+', is not expected there). */
export function readUnsignedKopecks(text: string): bigint | null {
  if (/[+-]/.test(text)) return null;
  return readSignedKopecks(text);
}

export function kopecksText(kopecks: bigint): string {
  return formatKopecks(kopecks);
}

import { foldLookalikes } from './lookalikes';

/**
 * Document numbers compared as people mean them, not as they typed them: 'СФ-0000123', 'сф 123', 'CФ/0000123'
 * (Latin C) are one number. A number is read as its tokens — runs of letters (upper case, look-alikes folded)
 * and runs of digits (leading zeros dropped) — and every other character is only a separator.
 * Kept apart: '1-23' and '12-3' (the digit runs differ).
 */
const TOKENS = /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]+|\d+/gu;
const DIGITS = /^\d+$/;

export function numberTokens(text: string): string[] {
  const folded = foldLookalikes(text.normalize('NFC').toUpperCase());
  return (folded.match(TOKENS) ?? []).map((token) => (DIGITS.test(token) ? token.replace(/^0+(?=\d)/, '') : token));
}

/** 'СФ-0000123' → 'СФ-123'; 'Д-2026/0012' → 'Д-2026-12'; '' when there is nothing to compare. */
export function documentNumberKey(text: string): string {
  return numberTokens(text).join('-');
}

/** Whether a key is a bare number ('123'): no prefix, no year, nothing else. */
export function isBareNumber(key: string): boolean {
  return DIGITS.test(key);
}

/** The last run of digits of a key without its leading zeros: 'СФ-123' → '123'; null when it ends in letters. */
export function trailingNumber(key: string): string | null {
  const last = key.slice(key.lastIndexOf('-') + 1);
  return DIGITS.test(last) ? last : null;
}

/**
 * Whether two numbers are the same document's. Exactly when their keys are equal; loosely when one side is a
 * bare number and it is the other's trailing number ('123' and 'СФ-0000123'; 'INV-7' written for an invoice
 * numbered '7'). Loose matches are for choosing among one counterparty's documents, and only when just one
 * of them fits (see find-invoice.ts).
 */
export function sameNumber(a: string, b: string): 'exact' | 'loose' | null {
  if (a === '' || b === '') return null;
  if (a === b) return 'exact';
  if (isBareNumber(a) && trailingNumber(b) === a) return 'loose';
  if (isBareNumber(b) && trailingNumber(a) === b) return 'loose';
  return null;
}

/**
 * Whether a text mentions a document number anywhere, token for token ('Оплата Р-1-0001 за папір' mentions
 * 'Р-1-0001'). Only for numbers with both letters and digits: a bare '12' is in too many texts by chance.
 */
export function mentionsNumber(textTokens: readonly string[], numberKey: string): boolean {
  const wanted = numberKey.split('-');
  if (!wanted.some((t) => DIGITS.test(t)) || wanted.every((t) => DIGITS.test(t))) return false;
  const startsAt = (start: number) => wanted.every((token, i) => textTokens[start + i] === token);
  for (let start = 0; start + wanted.length <= textTokens.length; start += 1) if (startsAt(start)) return true;
  return false;
}

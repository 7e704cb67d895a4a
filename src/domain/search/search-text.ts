/**
 * Search at scale: each searchable record keeps one normalized text of everything a person looks it up by
 * (name, codes, phones, e-mail, IBAN), and a query is normalized the same way, so one indexed substring
 * match (a trigram index on PostgreSQL) finds it in any letter case, Cyrillic included (SQLite's LIKE folds
 * only ASCII, so both sides are lower-cased here), and a phone in any format.
 */

const SEPARATOR = ' ¦ ';
/** A phone as people type it: digits with spaces, dashes, dots, brackets and a leading plus. */
const PHONE_LIKE = /^\+?[\d\s\-().]+$/;
const MIN_PHONE_DIGITS = 5;
/** An IBAN typed in groups: two letters, two digits, then digits and spaces. */
const IBAN_LIKE = /^[a-z]{2}\d{2}[\d\s]+$/i;

const collapse = (text: string) => text.trim().replace(/\s+/g, ' ');
const lower = (text: string) => text.toLocaleLowerCase('uk-UA');
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The stored form of one value: lower-cased; a phone also as its digits; an IBAN without spaces. */
function normalizeValue(value: string): string[] {
  const text = lower(collapse(value));
  if (text === '') return [];
  if (PHONE_LIKE.test(text) && digitsOf(text).length >= MIN_PHONE_DIGITS) return [digitsOf(text)];
  if (IBAN_LIKE.test(text)) return [text.replace(/\s/g, '')];
  return [text];
}

/** The search text of a record from the values of its searchable fields (empty ones skipped). */
export function searchTextOf(values: ReadonlyArray<unknown>): string {
  const parts = new Set<string>();
  for (const value of values) {
    if (value === null || value === undefined) continue;
    for (const part of normalizeValue(String(value))) parts.add(part);
  }
  return [...parts].join(SEPARATOR);
}

/**
 * A query as the search text holds it: '067 123-45-67' → '0671234567' (which a stored 380671234567 contains),
 * 'ua21 3223 1300' → 'ua2132231300', 'ТОВ  Ромашка' → 'тов ромашка'. Empty when nothing is left to look for.
 */
export function normalizeSearchQuery(query: string): string {
  return normalizeValue(query)[0] ?? '';
}

/**
 * Whether a normalized query is a phone (five digits or more) or an e-mail fragment: such a query also
 * finds a counterparty through the phones and addresses of its contact persons (a caller dials the
 * person, not the company), while a name does not (searching "Іван" among clients should not list every
 * client with an Іван on its staff).
 */
export function looksLikeContactDetail(normalizedQuery: string): boolean {
  return (/^\d+$/.test(normalizedQuery) && normalizedQuery.length >= MIN_PHONE_DIGITS) || normalizedQuery.includes('@');
}

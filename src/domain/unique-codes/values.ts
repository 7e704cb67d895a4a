/** How unique codes are stored, so that equal codes look equal to the database and blanks never collide. */

/** A code as stored: trimmed, and null when blank (a unique index allows many NULLs but only one ''). */
export function storedCode(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value; // not a string: left to Strapi's type validation
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A copy of `data` with each of `fields` that it carries stored as storedCode; fields it lacks stay absent. */
export function withStoredCodes<T extends Record<string, unknown>>(data: T, fields: readonly string[]): T {
  const copy: Record<string, unknown> = { ...data };
  for (const field of fields) if (field in copy) copy[field] = storedCode(copy[field]);
  return copy as T;
}

/**
 * The calendar year of a date as Strapi stores it: the 'YYYY' of a 'YYYY-MM-DD…' string, or the local year
 * of a Date (Strapi formats Date values in local time). null when there is no readable date.
 */
export function yearOf(date: unknown): string | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : String(date.getFullYear()).padStart(4, '0');
  if (typeof date === 'string') {
    const match = /^\s*(\d{4})-\d{2}-\d{2}/.exec(date);
    return match ? match[1] : null;
  }
  return null;
}

/**
 * The key that makes an invoice number unique within its year: "2025/INV-12". null when the number is
 * blank or the date unreadable (nothing to keep unique; Strapi refuses a missing required value itself).
 */
export function invoiceNumberKey(number: unknown, date: unknown): string | null {
  const code = storedCode(number);
  const year = yearOf(date);
  if (code === null || year === null) return null;
  return `${year}/${String(code)}`;
}

/** The year part of an invoice number key ("2025/INV-12" → "2025"). */
export function yearOfNumberKey(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

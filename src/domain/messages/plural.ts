/**
 * Plural forms. Ukrainian has three for whole numbers: one (1, 21, 101 — but not 11), few (2–4, 22–24 —
 * not 12–14) and many (0, 5–20, 25–30, ...). English has one and other.
 */
export type UkForms = readonly [one: string, few: string, many: string];

export function pluralUk(count: number, [one, few, many]: UkForms): string {
  const n = Math.abs(Math.trunc(count));
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return one;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}

export function pluralEn(count: number, one: string, other: string): string {
  return Math.abs(count) === 1 ? one : other;
}

import { formatInteger, GROUP_SEPARATOR } from './amount';

/**
 * Ukrainian noun forms after a number: one (1, 21, 101 запис), few (2–4, 22–24 записи) and many
 * (0, 5–20, 25–30, 111 записів). Fractions take the genitive singular ('2,5 записа' is wrong: '2,5 запису'),
 * which differs from the three for many nouns: give it as a fourth form, else the 'few' form is used.
 */
export type PluralForms = readonly [one: string, few: string, many: string, fraction?: string];

export function plural(n: number | bigint, forms: PluralForms): string {
  if (typeof n === 'number' && !Number.isInteger(n)) return forms[3] ?? forms[1];
  const abs = typeof n === 'bigint' ? (n < BigInt(0) ? -n : n) : Math.abs(n);
  const lastTwo = Number(BigInt(abs) % BigInt(100));
  const last = lastTwo % 10;
  if (last === 1 && lastTwo !== 11) return forms[0];
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms[1];
  return forms[2];
}

/** '21 запис', '12 345 записів': no-break spaces, as in amounts, so the number stays with its noun. */
export function formatCount(n: number | bigint, forms: PluralForms): string {
  return `${formatInteger(n)}${GROUP_SEPARATOR}${plural(n, forms)}`;
}

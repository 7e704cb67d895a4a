/**
 * Every decimal attribute of Vitrylo is one of three kinds, and each kind has one column size
 * (precision = all digits, scale = digits after the point), the same on PostgreSQL and SQLite.
 *
 * - amount:   numeric(14,2), up to 999 999 999 999.99 (prices, totals, payments, balances);
 * - quantity: numeric(15,3), up to 999 999 999 999.999 (document line quantities: kg, m, hours);
 * - rate:     numeric(5,2),  up to 999.99 (percentages such as a discount percent).
 *
 * Why not wider: Strapi's number field turns every decimal into a JS number (a double) on its way to and
 * from the database, on both databases. A decimal of at most 15 significant digits survives that trip
 * exactly (number → shortest text gives the same digits back); 14 + 2 and 12 + 3 digits stay within 15.
 */
export type DecimalKind = 'amount' | 'quantity' | 'rate';

export interface DecimalColumnSize {
  precision: number;
  scale: number;
}

export const DECIMAL_COLUMN_SIZES: Readonly<Record<DecimalKind, DecimalColumnSize>> = {
  amount: { precision: 14, scale: 2 },
  quantity: { precision: 15, scale: 3 },
  rate: { precision: 5, scale: 2 },
};

/** The most significant digits a double carries through text and back without change. */
export const EXACT_DOUBLE_DIGITS = 15;

/** The `column` args schema.json gives a decimal attribute of this kind: `[precision, scale]`. */
export function columnArgs(kind: DecimalKind): [number, number] {
  const { precision, scale } = DECIMAL_COLUMN_SIZES[kind];
  return [precision, scale];
}

/**
 * What an existing numeric column must become to hold every value of `target` without losing any value it
 * holds now; null when it already does. Never narrows: a wider column is left as it is, and an existing
 * numeric without a declared precision (unlimited) is left alone too.
 */
export function widenedColumn(existing: { precision: number | null; scale: number | null }, target: DecimalColumnSize): DecimalColumnSize | null {
  if (existing.precision === null) return null;
  const scale = existing.scale ?? 0;
  const wholeDigits = existing.precision - scale;
  const targetWholeDigits = target.precision - target.scale;
  if (wholeDigits >= targetWholeDigits && scale >= target.scale) return null;
  const newScale = Math.max(scale, target.scale);
  return { precision: Math.max(wholeDigits, targetWholeDigits) + newScale, scale: newScale };
}

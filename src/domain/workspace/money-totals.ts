import { DecimalInput, formatKopecks, Kopecks, toKopecks } from '../money';

/**
 * Sums of money on the home page: exact (bigint kopecks, never floats), and one sum per currency, since
 * hryvnias and dollars do not add up. A record without a currency is in hryvnias (the schemas' default).
 */
export interface MoneyTotal {
  currency: string;
  /** decimal string, '12345.67' */
  amount: string;
}

export const HOME_CURRENCY = 'UAH';

export interface MoneyRow {
  currency?: string | null;
  amount: DecimalInput | Kopecks;
}

/** UAH first, then the other currencies alphabetically; currencies whose sum is zero are left out. */
export function sumByCurrency(rows: readonly MoneyRow[]): MoneyTotal[] {
  const totals = new Map<string, Kopecks>();
  for (const row of rows) {
    if (row.amount === null || row.amount === undefined || row.amount === '') continue;
    const kopecks = typeof row.amount === 'bigint' ? row.amount : toKopecks(row.amount, 'amount');
    const currency = row.currency || HOME_CURRENCY;
    totals.set(currency, (totals.get(currency) ?? BigInt(0)) + kopecks);
  }
  return [...totals.entries()]
    .filter(([, kopecks]) => kopecks !== BigInt(0))
    .sort(([a], [b]) => (a === HOME_CURRENCY ? -1 : b === HOME_CURRENCY ? 1 : a.localeCompare(b)))
    .map(([currency, kopecks]) => ({ currency, amount: formatKopecks(kopecks) }));
}

import { quotedValue, refusal } from './refusal';
import type { ParsedStatement } from './statement';

/**
 * Refuses a statement holding a currency the payments cannot record (a file naming 'XYZ', or a currency
 * added to banks' exports before it is added to Vitrylo), naming the first such document's line: a refused
 * file saves nothing, where a silently dropped document would leave a gap in the account's money.
 */
export function refuseUnsupportedCurrencies(statement: Pick<ParsedStatement, 'transactions'>, supported: readonly string[]): void {
  const known = new Set(supported);
  const stranger = statement.transactions.find((t) => !known.has(t.currency));
  if (stranger) throw refusal(stranger.line, 'statement.unsupportedCurrency', { value: quotedValue(stranger.currency) });
}

/** refuseUnsupportedCurrencies for a statement known by its currencies, each with the line it first appears on. */
export function refuseUnsupportedCurrencyLines(currencies: ReadonlyMap<string, number>, supported: readonly string[]): void {
  const known = new Set(supported);
  let first: { currency: string; line: number } | null = null;
  for (const [currency, line] of currencies) if (!known.has(currency) && (first === null || line < first.line)) first = { currency, line };
  if (first) throw refusal(first.line, 'statement.unsupportedCurrency', { value: quotedValue(first.currency) });
}

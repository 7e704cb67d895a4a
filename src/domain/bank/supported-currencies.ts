import { quotedValue, refusal } from './refusal';
import type { ParsedStatement } from './statement';

/**
 * Refuses a statement holding a currency the payments cannot record (a file naming 'XYZ', or a currency
 * added to banks' exports before it is added to Vitrylo), naming the first such document's line: a refused
 * file saves nothing, where a silently dropped document would leave a gap in the account's money.
 */
export function refuseUnsupportedCurrencies(statement: ParsedStatement, supported: readonly string[]): void {
  const known = new Set(supported);
  const stranger = statement.transactions.find((t) => !known.has(t.currency));
  if (stranger) throw refusal(stranger.line, 'statement.unsupportedCurrency', { value: quotedValue(stranger.currency) });
}

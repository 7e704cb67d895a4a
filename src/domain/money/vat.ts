import { failWith } from '../messages/render';
import { ok, Result } from '../result';
import { parseScaled } from './decimal';

/** Ukrainian VAT (ПДВ) rates, percent. */
export const VAT_RATES: readonly number[] = [0, 7, 14, 20];

/** The crm.document-line default (vatRate integer default 20), used when a line has no rate. */
export const DEFAULT_VAT_RATE = 20;

/** Accepts 0, 7, 14 or 20 as a number or string ('20', '20.00'); blank gives the default 20. */
export function parseVatRate(value: unknown): Result<number> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return ok(DEFAULT_VAT_RATE);
  }
  const parsed = parseScaled(value, 2);
  const notARate = failWith<number>('money.vatRate', { rates: VAT_RATES.join(', ') });
  if (!parsed.ok) return parsed.code === 'type.number' ? failWith('type.number') : notARate;
  const rate = VAT_RATES.find((r) => BigInt(r * 100) === parsed.value);
  return rate === undefined ? notARate : ok(rate);
}

/**
 * Currencies as statements name them: ISO 4217 letters ('UAH') or the numeric code 1C files carry in
 * `КодВалюты` ('980'). Only the currencies Ukrainian businesses meet are mapped; an unmapped number is
 * refused rather than guessed. 810 is the pre-1998 rouble code Russian 1C files still use.
 */
const NUMERIC_CURRENCIES: Readonly<Record<string, string>> = {
  '980': 'UAH', '840': 'USD', '978': 'EUR', '985': 'PLN', '826': 'GBP', '756': 'CHF', '203': 'CZK',
  '348': 'HUF', '946': 'RON', '975': 'BGN', '752': 'SEK', '578': 'NOK', '208': 'DKK', '949': 'TRY',
  '498': 'MDL', '981': 'GEL', '933': 'BYN', '398': 'KZT', '156': 'CNY', '392': 'JPY', '124': 'CAD',
  '036': 'AUD', '643': 'RUB', '810': 'RUB',
};

export const DEFAULT_CURRENCY = 'UAH';

/** The currencies a parsed statement can carry by a numeric code; letters may name others (the import refuses those). */
export const KNOWN_CURRENCIES: readonly string[] = [...new Set(Object.values(NUMERIC_CURRENCIES))];

/** 'UAH' for '980', ' uah ' or 'UAH'; null for anything else. */
export function currencyCode(text: string): string | null {
  const code = text.trim();
  if (/^[A-Za-z]{3}$/.test(code)) return code.toUpperCase();
  if (/^\d{1,3}$/.test(code)) return NUMERIC_CURRENCIES[code.padStart(3, '0')] ?? null;
  return null;
}

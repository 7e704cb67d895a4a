import { DecimalInput, formatKopecks, Kopecks, toKopecks } from '../money';

/**
 * Amounts as Ukrainian documents and screens print them: '12 345,67 грн'.
 *
 * The thousands separator is U+00A0 NO-BREAK SPACE: the one ICU's Ukrainian locale uses (Intl, Excel and
 * LibreOffice agree), present in every font and in Windows-1251, and never broken across lines. The same
 * no-break space stands between the amount and the currency. The minus is the ASCII hyphen-minus, so a
 * copied amount still parses as a number. Bank texts that must stay plain may ask for another separator.
 */
export const GROUP_SEPARATOR = '\u00a0';

/** UAH prints as 'грн' (the Ukrainian abbreviation); other currencies by their ISO code. */
const CURRENCY_SUFFIX: Record<string, string> = { UAH: 'грн' };

export interface AmountFormat {
  /** Thousands separator; default U+00A0. */
  groupSeparator?: string;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 1234567n kopecks → '12 345,67'; -5 → '-0,05'. Numbers must be safe integers (whole kopecks). */
export function formatAmount(kopecks: Kopecks | number, options: AmountFormat = {}): string {
  const plain = formatKopecks(kopecks); // '-12345.67', exact
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  return `${negative ? '-' : ''}${groupThousands(whole, options.groupSeparator ?? GROUP_SEPARATOR)},${fraction}`;
}

/** A decimal amount as stored ('12345.67', or a number from the database) → '12 345,67'. Exact. */
export function formatDecimalAmount(value: DecimalInput, options: AmountFormat = {}): string {
  return formatAmount(toKopecks(value, 'amount'), options);
}

/** Kopecks → '12 345,67 грн' ('12 345,67 USD' for another currency). */
export function formatMoney(kopecks: Kopecks | number, currency = 'UAH', options: AmountFormat = {}): string {
  return `${formatAmount(kopecks, options)}${GROUP_SEPARATOR}${CURRENCY_SUFFIX[currency] ?? currency}`;
}

/** A decimal amount as stored → '12 345,67 грн'. */
export function formatDecimalMoney(value: DecimalInput, currency = 'UAH', options: AmountFormat = {}): string {
  return formatMoney(toKopecks(value, 'amount'), currency, options);
}

/** A whole number with thousands separated: 12345 → '12 345'. */
export function formatInteger(value: number | bigint, options: AmountFormat = {}): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) throw new RangeError(`formatInteger: ${value} is not a safe integer`);
  const text = value.toString();
  const negative = text.startsWith('-');
  return `${negative ? '-' : ''}${groupThousands(negative ? text.slice(1) : text, options.groupSeparator ?? GROUP_SEPARATOR)}`;
}

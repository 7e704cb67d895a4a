import { toKopecks } from '../money';
import type { DecimalInput } from '../money';
import { pluralUk } from '../messages/plural';

/**
 * An amount written out in Ukrainian, as an invoice and an act print it under the total («Всього на суму:
 * Одна тисяча двісті тридцять чотири гривні 56 копійок»). Hryvnia and thousand are feminine (одна, дві),
 * million, billion and the dollar masculine (один, два), euro neuter (одне); the noun agrees with the last number (1 гривня, 2–4 гривні,
 * 5–20 гривень), the fractional part is kept in digits as accountants write it.
 */

type Gender = 'masculine' | 'feminine' | 'neuter';

const ONES: Record<Gender, readonly string[]> = {
  masculine: ['', 'один', 'два', 'три', 'чотири', 'п’ять', 'шість', 'сім', 'вісім', 'дев’ять'],
  feminine: ['', 'одна', 'дві', 'три', 'чотири', 'п’ять', 'шість', 'сім', 'вісім', 'дев’ять'],
  neuter: ['', 'одне', 'два', 'три', 'чотири', 'п’ять', 'шість', 'сім', 'вісім', 'дев’ять'],
};
const TEENS = ['десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять', 'п’ятнадцять', 'шістнадцять', 'сімнадцять', 'вісімнадцять', 'дев’ятнадцять'];
const TENS = ['', '', 'двадцять', 'тридцять', 'сорок', 'п’ятдесят', 'шістдесят', 'сімдесят', 'вісімдесят', 'дев’яносто'];
const HUNDREDS = ['', 'сто', 'двісті', 'триста', 'чотириста', 'п’ятсот', 'шістсот', 'сімсот', 'вісімсот', 'дев’ятсот'];

interface Scale {
  forms: readonly [string, string, string];
  gender: Gender;
}

/** Thousands, millions, billions: each group of three digits with its noun. */
const SCALES: readonly Scale[] = [
  { forms: ['тисяча', 'тисячі', 'тисяч'], gender: 'feminine' },
  { forms: ['мільйон', 'мільйони', 'мільйонів'], gender: 'masculine' },
  { forms: ['мільярд', 'мільярди', 'мільярдів'], gender: 'masculine' },
];

/** The currencies an invoice may be in: the main unit (its gender and forms) and the hundredth. */
const CURRENCIES: Readonly<Record<string, { unit: Scale; cents: readonly [string, string, string] }>> = {
  UAH: { unit: { forms: ['гривня', 'гривні', 'гривень'], gender: 'feminine' }, cents: ['копійка', 'копійки', 'копійок'] },
  USD: { unit: { forms: ['долар США', 'долари США', 'доларів США'], gender: 'masculine' }, cents: ['цент', 'центи', 'центів'] },
  EUR: { unit: { forms: ['євро', 'євро', 'євро'], gender: 'neuter' }, cents: ['євроцент', 'євроценти', 'євроцентів'] },
  PLN: { unit: { forms: ['злотий', 'злоті', 'злотих'], gender: 'masculine' }, cents: ['грош', 'гроші', 'грошів'] },
  GBP: { unit: { forms: ['фунт стерлінгів', 'фунти стерлінгів', 'фунтів стерлінгів'], gender: 'masculine' }, cents: ['пенс', 'пенси', 'пенсів'] },
};

export const AMOUNT_IN_WORDS_CURRENCIES: readonly string[] = Object.keys(CURRENCIES);

/** 0–999 in words, '' for 0. */
function triadInWords(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) words.push(HUNDREDS[hundreds]);
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]);
  else {
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]);
    if (rest % 10) words.push(ONES[gender][rest % 10]);
  }
  return words;
}

/** A whole number of units in words with the unit's noun: 21 гривня, 1 000 000 → один мільйон гривень. */
export function wholeInWords(units: bigint, unit: Scale): string {
  if (units === 0n) return `нуль ${unit.forms[2]}`;
  const triads: number[] = [];
  for (let rest = units; rest > 0n; rest /= 1000n) triads.push(Number(rest % 1000n));
  if (triads.length > SCALES.length + 1) throw new RangeError('the amount is too large to write out');
  const words: string[] = [];
  for (let index = triads.length - 1; index >= 1; index -= 1) {
    const triad = triads[index];
    if (!triad) continue;
    const scale = SCALES[index - 1];
    words.push(...triadInWords(triad, scale.gender), pluralUk(triad, scale.forms));
  }
  words.push(...triadInWords(triads[0], unit.gender), pluralUk(Number(units % 1000n), unit.forms));
  return words.join(' ');
}

/**
 * '1234.56' UAH → «Одна тисяча двісті тридцять чотири гривні 56 копійок»; a negative amount reads «мінус …».
 * Throws a RangeError for a currency it cannot name.
 */
export function amountInWords(amount: DecimalInput, currency = 'UAH'): string {
  const names = CURRENCIES[currency];
  if (!names) throw new RangeError(`no words for the currency ${currency}`);
  const kopecks = toKopecks(amount, 'amount');
  const negative = kopecks < 0n;
  const absolute = negative ? -kopecks : kopecks;
  const cents = Number(absolute % 100n);
  const text = `${negative ? 'мінус ' : ''}${wholeInWords(absolute / 100n, names.unit)} ${String(cents).padStart(2, '0')} ${pluralUk(cents, names.cents)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { LocalDate, localDateFromParts, parseLocalDate } from '../../time';
import { documentNumberKey } from './document-number';
import { lookalikeSource } from './lookalikes';

/**
 * The invoice and contract numbers a payment's purpose mentions, in the order it mentions them:
 *   'Оплата за рах. № СФ-0000123 від 12.03.2026 згідно дог. № 12/24' → invoice СФ-0000123, contract 12/24.
 * A number counts when it follows a word that names the document ('рахунку', 'рах-ку', 'сч.', 'счет',
 * 'invoice', 'inv', 'договору', 'дог.', 'contract', …), directly or after a number sign a few words on
 * ('рахунку постачальника № 45'), or when it carries a known invoice prefix on its own ('СФ-0000123',
 * 'INV-7'). Dates ('від 12.03.2026'), amounts, IBANs and account numbers are never taken for numbers, and a
 * word naming another document (акт, накладна, специфікація, ПДВ, …) ends the search, so 'рахунку та акту
 * № 5' gives no invoice 5.
 */
export interface DocumentReference {
  /** The number as the purpose writes it: 'СФ-0000123'. */
  text: string;
  /** documentNumberKey(text): 'СФ-123'. */
  key: string;
  /** The date written with it ('№ 17 від 12.03.2026'), else null. */
  date: LocalDate | null;
}

export interface PurposeReferences {
  invoices: DocumentReference[];
  contracts: DocumentReference[];
}

export interface ReferenceOptions {
  /** More prefixes an invoice number may carry on its own, e.g. the literal start of the numbering pattern ('Р'). */
  invoicePrefixes?: readonly string[];
}

const INVOICE_WORDS = [
  // Ukrainian
  'рахунок', 'рахунку', 'рахунка', 'рахунком', 'рахунки', 'рахунків', 'рахунках', 'рахунками', 'рах-ку', 'рах-к', 'рах',
  'р-ку', 'р/ф', 'рах/ф', 'інвойс', 'інвойсу', 'інвойсом',
  // Russian
  'счет', 'счёт', 'счета', 'счету', 'счёту', 'счетом', 'счётом', 'счете', 'счёте', 'счетов', 'сч-ту', 'сч-та', 'сч/ф', 'с/ф', 'сч',
  'инвойс', 'инвойса', 'инвойсу',
  // English
  'invoice', 'invoices', 'inv', 'proforma', 'pro-forma', 'bill',
];
const CONTRACT_WORDS = [
  'договір', 'договору', 'договора', 'договором', 'договорі', 'договоре', 'договор', 'дог-ру', 'д-ру', 'дог',
  'угода', 'угоди', 'угоді', 'угодою', 'соглашение', 'соглашения', 'соглашению',
  'contract', 'contr', 'agreement', 'agr',
];
/** Other documents: their numbers are not invoice or contract numbers. */
const OTHER_DOCUMENT_WORDS = [
  'акт', 'акту', 'акта', 'актом', 'накладна', 'накладної', 'накладною', 'накладной', 'накладних', 'ттн', 'пн',
  'специфікація', 'специфікації', 'спецификация', 'спецификации', 'замовлення', 'замовленням', 'заказ', 'заказа', 'заказу',
  'пдв', 'ндс', 'vat', 'act', 'order', 'waybill',
];
const INVOICE_PREFIXES = ['СФ', 'INV'];
/** A supplementary agreement's number is not the contract's: 'додаткової угоди № 3 до договору № 12'. */
const SUPPLEMENTARY = /(?:додатков|дополнительн|supplementary|additional)\p{L}*\s*$/iu;

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const alternatives = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(lookalikeSource).join('|');
/** A document word stands alone: not inside another word, and not an invoice prefix glued to a number ('INV-7'). */
const wordPattern = (words: readonly string[]) =>
  new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives(words)})(?!${LETTER_OR_DIGIT}|-\\d)`, 'giu');

const INVOICE_WORD = wordPattern(INVOICE_WORDS);
const CONTRACT_WORD = wordPattern(CONTRACT_WORDS);
const OTHER_DOCUMENT_WORD = wordPattern(OTHER_DOCUMENT_WORDS);

const DATE = '(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?!\\d)';
const DATE_WORD = `(?:${alternatives(['від', 'от', 'from', 'dated', 'of'])})`;
const SIGN = '(?:№№|№|#|nr\\.?|номер(?:ом)?|n[oо°º]?\\.?(?=\\s|\\d))';
/** What may follow a number's first character: more letters and digits, and separators between them. */
const NUMBER_REST = `${LETTER_OR_DIGIT}*(?:[-/\\\\_.]${LETTER_OR_DIGIT}+)*`;
const NUMBER = `${LETTER_OR_DIGIT}${NUMBER_REST}`;
const FILLERS = [`${lookalikeSource('фактур')}\\p{L}*`, `${lookalikeSource('factur')}\\p{L}*`, 'на\\s+оплату', 'на\\s+сплату', 'про\\s+оплату', 'до\\s+сплати'];

const LEAD = /^[\s.:,;-]*/u;
const FILLER = new RegExp(`^(?:${FILLERS.join('|')})[\\s.:,;-]*`, 'iu');
const DATE_BEFORE = new RegExp(`^${DATE_WORD}\\s*${DATE}\\s*(?:р\\.?)?[\\s,]*`, 'iu');
const DATE_AFTER = new RegExp(`^\\s*,?\\s*(?:${DATE_WORD}\\s*)?${DATE}`, 'iu');
const SIGN_HERE = new RegExp(`^${SIGN}\\s*`, 'iu');
const WORDS_THEN_SIGN = new RegExp(`^(?:[\\p{L}'’ʼ.-]+[\\s,]+){1,4}?(?=${SIGN})`, 'iu');
const NUMBER_HERE = new RegExp(`^${NUMBER}`, 'u');
/** '№45від 12.03.2026': the date word glued to the number is not part of it. */
const GLUED_DATE_WORD = new RegExp(`(?<=\\d)${DATE_WORD}$`, 'iu');
const NEXT_WITH_SIGN = new RegExp(`^\\s*(?:,|;|та|і|и|and|&)?\\s*${SIGN}\\s*`, 'iu');
const NEXT_IN_LIST = /^\s*(?:,|;|та|і|и|and|&)\s*/iu;

const SHAPED_LIKE_DATE = /^(?:\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;
/** 'рахунок 2026 року': a year, not a number. */
const YEAR_WORD_NEXT = new RegExp(`^\\s*(?:${alternatives(['р.', 'року', 'рік', 'г.', 'года', 'год', 'year'])})(?![\\p{L}\\p{N}])`, 'iu');
const SHAPED_LIKE_AMOUNT = /^\d+[.,]\d{2}$/;
const SHAPED_LIKE_IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,}$/i;
const LONG_DIGITS = /\d{13,}/;

function isDocumentNumber(text: string): boolean {
  return /\d/.test(text) && !SHAPED_LIKE_DATE.test(text) && !SHAPED_LIKE_AMOUNT.test(text) && !SHAPED_LIKE_IBAN.test(text) && !LONG_DIGITS.test(text);
}

function dateOf(match: RegExpExecArray | null): LocalDate | null {
  if (!match) return null;
  const [day, month, yearText] = match.slice(-3);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const date = parseLocalDate(localDateFromParts(year, Number(month), Number(day)));
  return date.ok ? date.value : null;
}

/** Characters that only stand for others: no-break spaces, dashes, quotes (one for one, so positions hold). */
function prepare(purpose: string): string {
  return purpose
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t\r\n]/g, ' ')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[«»"“”„]/g, ' ');
}

/** The numbers a stretch of text right after a document word gives: one, or a list ('№ 12 та № 13', '№№ 12, 13'). */
function numbersAfterWord(stretch: string): DocumentReference[] {
  let rest = stretch.replace(LEAD, '');
  const skip = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  while (skip(FILLER));
  const dateBefore = dateOf(skip(DATE_BEFORE));
  let sign = skip(SIGN_HERE);
  const numberHere = () => NUMBER_HERE.exec(rest)?.[0].replace(GLUED_DATE_WORD, '') ?? null;
  let number = numberHere();
  if (!sign && !(number && isDocumentNumber(number)) && skip(WORDS_THEN_SIGN)) {
    sign = skip(SIGN_HERE);
    number = numberHere();
  }

  const found: DocumentReference[] = [];
  const listWithoutSigns = sign?.[0].startsWith('№№') ?? false;
  while (number && isDocumentNumber(number)) {
    rest = rest.slice(number.length);
    if (YEAR_WORD_NEXT.test(rest)) break;
    const dateAfter = dateOf(skip(DATE_AFTER));
    found.push({ text: number, key: documentNumberKey(number), date: dateAfter ?? (found.length === 0 ? dateBefore : null) });
    if (!skip(NEXT_WITH_SIGN) && !(listWithoutSigns && skip(NEXT_IN_LIST))) break;
    number = numberHere();
  }
  return found;
}

interface Mark {
  start: number;
  end: number;
  kind: 'invoice' | 'contract' | 'other';
}

function marksIn(text: string): Mark[] {
  const marks: Mark[] = [];
  const collect = (pattern: RegExp, kind: Mark['kind']) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const supplementary = kind === 'contract' && SUPPLEMENTARY.test(text.slice(Math.max(0, start - 40), start));
      marks.push({ start, end: start + match[0].length, kind: supplementary ? 'other' : kind });
    }
  };
  collect(INVOICE_WORD, 'invoice');
  collect(CONTRACT_WORD, 'contract');
  collect(OTHER_DOCUMENT_WORD, 'other');
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Built once per set of prefixes: a statement asks with the same ones for each of its payments. */
const prefixPatterns = new Map<string, RegExp>();
function prefixPattern(prefixes: readonly string[]): RegExp {
  const cacheKey = prefixes.join('\u0000');
  let pattern = prefixPatterns.get(cacheKey);
  if (!pattern) {
    pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives(prefixes)})(?:\\s*№\\s*|-)?\\d${NUMBER_REST}`, 'giu');
    prefixPatterns.set(cacheKey, pattern);
  }
  return pattern;
}

function prefixedNumbers(text: string, prefixes: readonly string[]): Array<{ start: number; ref: DocumentReference }> {
  return [...text.matchAll(prefixPattern(prefixes))]
    .filter((match) => !LONG_DIGITS.test(match[0]))
    .map((match) => {
      const start = match.index ?? 0;
      const date = dateOf(DATE_AFTER.exec(text.slice(start + match[0].length)));
      return { start, ref: { text: match[0], key: documentNumberKey(match[0]), date } };
    });
}

/** Each number once (by key), in the order of first mention. */
function distinct(refs: ReadonlyArray<{ start: number; ref: DocumentReference }>): DocumentReference[] {
  const seen = new Set<string>();
  const unique: DocumentReference[] = [];
  for (const { ref } of [...refs].sort((a, b) => a.start - b.start)) {
    if (ref.key === '' || seen.has(ref.key)) continue;
    seen.add(ref.key);
    unique.push(ref);
  }
  return unique;
}

export function extractReferences(purpose: string | null | undefined, options: ReferenceOptions = {}): PurposeReferences {
  if (!purpose) return { invoices: [], contracts: [] };
  const text = prepare(purpose);
  const marks = marksIn(text);
  const invoices: Array<{ start: number; ref: DocumentReference }> = [];
  const contracts: Array<{ start: number; ref: DocumentReference }> = [];
  marks.forEach((mark, i) => {
    if (mark.kind === 'other') return;
    const next = marks.slice(i + 1).find((later) => later.start >= mark.end);
    const stretch = text.slice(mark.end, next ? next.start : text.length);
    const into = mark.kind === 'invoice' ? invoices : contracts;
    for (const ref of numbersAfterWord(stretch)) into.push({ start: mark.start, ref });
  });
  invoices.push(...prefixedNumbers(text, [...INVOICE_PREFIXES, ...(options.invoicePrefixes ?? [])]));
  return { invoices: distinct(invoices), contracts: distinct(contracts) };
}

import { formatAmount } from '../domain/format';
import type { Rng } from './random';

/** Ukrainian → Latin (the official 2010 transliteration), for e-mail addresses and domains. */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '',
};
const LATIN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

export function transliterate(text: string): string {
  const lower = text.toLowerCase().replace(/зг/g, 'zgh');
  let out = '';
  let wordStart = true;
  for (const ch of lower) {
    if (/[a-z0-9]/.test(ch)) {
      out += ch;
      wordStart = false;
    } else if (ch in LATIN) {
      out += wordStart && ch in LATIN_INITIAL ? LATIN_INITIAL[ch] : LATIN[ch];
      wordStart = false;
    } else if (ch === "'" || ch === 'ʼ' || ch === '’') {
      // the apostrophe is dropped
    } else {
      out += ' ';
      wordStart = true;
    }
  }
  return out.trim().replace(/\s+/g, ' ');
}

/** A lower-case latin slug for domains and mailbox names: "Зелена нива" → "zelena-nyva". */
export function slug(text: string, separator = '-'): string {
  return transliterate(text).replace(/ /g, separator);
}

/** Mobile operator codes (Kyivstar, Vodafone, lifecell). */
export const MOBILE_CODES = ['67', '68', '96', '97', '98', '50', '66', '95', '99', '63', '73', '93'];

/** A Ukrainian mobile number in E.164. */
export function mobilePhone(rng: Rng): string {
  return `+380${rng.pick(MOBILE_CODES)}${rng.int(1, 9)}${rng.digits(6)}`;
}

/** A land line in E.164 for a city area code (2 to 4 digits): 9 national digits in all. */
export function landlinePhone(rng: Rng, areaCode: string): string {
  const rest = 9 - areaCode.length;
  return `+380${areaCode}${rng.int(2, 7)}${rng.digits(rest - 1)}`;
}

/**
 * Kopecks → '1 234,56' with plain spaces, as people type amounts into the payment purpose of a bank client
 * (prose elsewhere in the demo uses the core's formatAmount, with no-break spaces).
 */
export function bankAmount(kopecks: number): string {
  return formatAmount(kopecks, { groupSeparator: ' ' });
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Units that read well after a number in prose; other units (послуга, група, доба…) become "од.". */
const PROSE_UNITS = new Set(['шт', 'пач', 'компл', 'уп', 'ліц', 'год', 'міс']);

/** "12 шт", "2,5 год", "2 од." — a quantity for sentences (document lines keep their own unit). */
export function quantityText(quantity: number, unit: string): string {
  const n = String(quantity).replace('.', ',');
  return `${n} ${PROSE_UNITS.has(unit) ? unit : 'од.'}`;
}

/** Fills {placeholders} from a map; unknown ones stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key) => (key in values ? String(values[key]) : m));
}

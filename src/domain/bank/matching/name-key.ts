import { foldLookalikes } from './lookalikes';

/**
 * A counterparty's name as a bank writes it and as the CRM keeps it differ in everything but the name:
 * 'ТОВ «РОМАШКА»', 'Товариство з обмеженою відповідальністю "Ромашка"', 'Ромашка, ТОВ', 'ООО Ромашка'.
 * The name key keeps only the name: upper case, Latin look-alikes folded (a Latin i → і), quotes and
 * apostrophes gone, legal forms (short and spelled out, Ukrainian, Russian, English) removed, punctuation and
 * runs of spaces made one space. (search/search-text.ts lower-cases and collapses, which is not enough here.)
 */

/** Spelled-out legal forms, longest first so 'приватне акціонерне товариство' goes before 'акціонерне товариство'. */
const LEGAL_FORM_PHRASES = [
  'товариство з обмеженою відповідальністю',
  'товариство з додатковою відповідальністю',
  'приватне акціонерне товариство',
  'публічне акціонерне товариство',
  'акціонерне товариство',
  'фізична особа підприємець',
  'фо-п',
  'фізична особа',
  'приватне підприємство',
  'державне підприємство',
  'комунальне підприємство',
  'общество с ограниченной ответственностью',
  'частное предприятие',
  'индивидуальный предприниматель',
  'физическое лицо предприниматель',
  'limited liability company',
];

const LEGAL_FORM_WORDS = [
  'тов', 'тзов', 'тдв', 'пп', 'фоп', 'фо', 'флп', 'спд', 'пат', 'прат', 'ат', 'дп', 'кп',
  'ооо', 'чп', 'ип', 'оао', 'зао', 'пао', 'ао',
  'llc', 'ltd', 'inc', 'gmbh',
];

/** Apostrophes inside a word belong to it ('Здоров’я'): they are dropped, not made a space. */
const INNER_APOSTROPHE = /(?<=\p{L})['’ʼ`´](?=\p{L})/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+|\p{Lm}/gu;

function words(text: string): string {
  return foldLookalikes(text.normalize('NFC').toUpperCase().replace(INNER_APOSTROPHE, ''))
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const PHRASES = LEGAL_FORM_PHRASES.map(words).sort((a, b) => b.length - a.length);
const FORMS = new Set(LEGAL_FORM_WORDS.map(words));

/** The name key, or null when nothing but a legal form (or nothing at all) is left. */
export function counterpartyNameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let text = ` ${words(name)} `;
  for (const phrase of PHRASES) text = text.split(` ${phrase} `).join(' ');
  const key = text
    .split(' ')
    .filter((word) => word !== '' && !FORMS.has(word))
    .join(' ');
  return key === '' ? null : key;
}

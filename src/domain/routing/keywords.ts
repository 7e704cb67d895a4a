/**
 * Keywords of a routing rule, matched against the subject and message of a request.
 *
 * A keyword matches where a word of the text *starts* with it: Ukrainian inflects, so "ремонт" has to find
 * "ремонту" and "ремонтом", but "сервіс" should not fire on "автосервіс" nor "акт" on "контакт". Phrases
 * ("гарантійний ремонт") match the same way, spaces being any run of spaces. Case, apostrophe variants
 * (' ’ ʼ `) and the Russian-keyboard "ё"/"ъ" slips are folded, so what the Secretary types matches what
 * the admin wrote.
 */

const SEPARATORS = /[,;\n\r]+/;
const APOSTROPHES = /[’ʼ'`´]/g;
/** a letter or a digit in any script: what may not come right before a keyword */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function foldText(text: string): string {
  return text.toLocaleLowerCase('uk').replace(APOSTROPHES, "'").replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The rule's keyword text as a list: trimmed, folded, blanks and repeats dropped. */
export function parseKeywords(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  for (const part of text.split(SEPARATORS)) {
    const keyword = foldText(part);
    if (keyword) seen.add(keyword);
  }
  return [...seen];
}

/** Does any keyword start a word (or a run of words) of the text? */
export function matchesKeywords(text: string, keywords: readonly string[]): boolean {
  const haystack = foldText(text);
  for (const keyword of keywords) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(keyword, from);
      if (at < 0) break;
      if (at === 0 || !WORD_CHAR.test(haystack[at - 1])) return true;
      from = at + 1;
    }
  }
  return false;
}

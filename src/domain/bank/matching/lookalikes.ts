/**
 * Latin letters that look like Cyrillic ones. People and bank systems mix them: a Ukrainian word typed with a
 * Latin «i» (the Alfa export does it), «CФ» with a Latin C, an invoice number copied from a PDF. Everything
 * that compares names or document numbers folds them first, the same way on both sides.
 */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', Ï: 'Ї',
};
const FOLDABLE = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join('')}Ё]`, 'g');

/** Upper-case text with every Latin look-alike made Cyrillic (and Ё made Е): 'CФ-1' → 'СФ-1'. */
export function foldLookalikes(upperText: string): string {
  return upperText.replace(FOLDABLE, (letter) => (letter === 'Ё' ? 'Е' : LATIN_TO_CYRILLIC[letter]));
}

/** Lower-case twins, both ways, for building patterns: 'р' ↔ 'p', 'с' ↔ 'c', … */
const TWINS = new Map<string, string>();
for (const [latin, cyrillic] of Object.entries(LATIN_TO_CYRILLIC)) {
  TWINS.set(latin.toLowerCase(), cyrillic.toLowerCase());
  TWINS.set(cyrillic.toLowerCase(), latin.toLowerCase());
}

/** Escapes what is syntax under the 'u' flag (which refuses needless escapes such as a hyphen). */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regular-expression source for a plain word that also matches it typed with look-alikes:
 * 'рах' → '[рp][аa]х'. Use with the 'i' flag (upper case) and the 'u' flag.
 */
export function lookalikeSource(word: string): string {
  return [...word.toLowerCase()]
    .map((char) => {
      const twin = TWINS.get(char);
      return twin ? `[${char}${twin}]` : escapeRegExp(char);
    })
    .join('');
}

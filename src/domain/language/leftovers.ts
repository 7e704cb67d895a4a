/**
 * English leftovers on a Ukrainian screen: words written in Latin letters only that are not names,
 * codes or addresses. A Ukrainian panel may still show Latin text that belongs there — the product's
 * name, e-mail addresses, web addresses, IBANs and other codes that mix letters with digits, units —
 * and those are allowed; any other Latin word is a string someone forgot to translate.
 */

/** Latin words a Ukrainian screen may show: names, abbreviations and units everyone reads as they are. */
export const ALLOWED_LATIN_WORDS: ReadonlySet<string> = new Set(
  [
    'Vitrylo',
    'CRM',
    'ID',
    'API',
    'URL',
    'IBAN',
    'SWIFT',
    // business abbreviations Ukrainian staff write in Latin (the demo chronicle has «Погодження SLA»)
    'SLA',
    'PDF',
    'CSV',
    'XLSX',
    // the program reports are opened in: «Завантажити Excel», «Хроніка клієнта в Excel»
    'Excel',
    'JSON',
    'SQL',
    'SQLite',
    'PostgreSQL',
    'Node.js',
    'UTC',
    'GMT',
    'SSO',
    'HTTP',
    'HTTPS',
    'KB',
    'MB',
    'GB',
    'px',
    // currency codes, as invoices and payments show them ("Гривня (UAH)")
    'UAH',
    'USD',
    'EUR',
    'PLN',
    'GBP',
  ].map((word) => word.toLowerCase()),
);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
/** a bare domain name: vitrylo.ua, my.subdomain.com */
const DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ua|com|org|net|io|demo|test|local)\b/gi;
/** a key made of parts with digits: demo:1:154 (a uid such as api::invoice.invoice has none and stays a leftover) */
const COLON_CODE = /\b[A-Za-z][\w-]*(?::+[\w.-]*\d[\w.-]*)+/g;
/** a file name: logo.png, vypyska-2025-03.csv */
const FILE_NAME = /\b[\w.-]+\.(?:png|svg|jpe?g|gif|webp|ico|pdf|csv|xlsx?|docx?|zip|txt|json)\b/gi;
/** a path the panel shows as is (/admin/settings/...); a uid such as api::invoice.invoice is not allowed, it is a leftover */
const PATH = /(?:\/[\w.-]+){2,}/g;

/** Latin-letter words: "Add", "an", "entry"; a word glued to digits or Cyrillic ("P-17", "UA12…") is a code, not a word. */
const WORD = /(?<![\p{L}\p{N}_@.-])[A-Za-z][A-Za-z'’]*(?:[.-][A-Za-z]+)*(?![\p{L}\p{N}_@-])/gu;

function withoutAddresses(text: string): string {
  return text.replace(EMAIL, ' ').replace(WEB_ADDRESS, ' ').replace(DOMAIN, ' ').replace(PATH, ' ').replace(FILE_NAME, ' ').replace(COLON_CODE, ' ');
}

export interface LeftoverOptions {
  /** more words to allow (a page's own data: a company's Latin name, a product code) */
  allow?: Iterable<string>;
  /**
   * Whole names the page may show as data ("Моноблок HP ProOne 240 G9"): taken out of the text as a
   * whole, so their Latin words ("Back" of "APC Back-UPS") are not allowed anywhere else on the screen.
   */
  names?: Iterable<string>;
}

function withoutNames(text: string, names: Iterable<string>): string {
  let rest = text;
  for (const name of names) if (name && rest.includes(name)) rest = rest.split(name).join(' ');
  return rest;
}

/**
 * The Latin-only words of `text` that are not allowed, in the order they appear (each once). A single
 * letter is not reported (list markers, "x" in sizes).
 */
export function englishLeftovers(text: string, options: LeftoverOptions = {}): string[] {
  const allowed = new Set(ALLOWED_LATIN_WORDS);
  for (const word of options.allow ?? []) allowed.add(word.toLowerCase());
  const found = new Set<string>();
  for (const match of withoutAddresses(withoutNames(text, options.names ?? [])).matchAll(WORD)) {
    const word = match[0].replace(/['’.-]+$/, '');
    if (word.length < 2 || allowed.has(word.toLowerCase())) continue;
    found.add(word);
  }
  return [...found];
}

/** Lines of `text` with a leftover, each with its words: readable in a failing test. */
export function linesWithLeftovers(text: string, options: LeftoverOptions = {}): Array<{ line: string; words: string[] }> {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ line, words: englishLeftovers(line, options) }))
    .filter((entry) => entry.words.length > 0);
}

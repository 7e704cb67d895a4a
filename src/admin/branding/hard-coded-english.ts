/**
 * Strings Strapi 5.54 writes in English without a message id, so no translation can reach them: the
 * loaders' screen-reader text, the date-and-time picker's clear buttons ("<clear> date"), the status in
 * the users list, the edition on Settings → Overview. watch-hard-coded-english.ts puts the Ukrainian text
 * in their place on the page.
 */

const EXACT: Readonly<Record<string, string>> = {
  'Loading content.': 'Завантаження…',
  Loading: 'Завантаження…',
  Active: 'Активний',
  Inactive: 'Неактивний',
  Community: 'Безплатна',
};

/** The picker appends an English word to our translated "Очистити"; only a non-Latin start is ours. */
const APPENDED: ReadonlyArray<[RegExp, string]> = [
  [/^([^A-Za-z]+) date$/, '$1 дату'],
  [/^([^A-Za-z]+) time$/, '$1 час'],
];

/** The Ukrainian for one of those strings, or null for any other text. */
export function ukrainianForHardCoded(text: string): string | null {
  if (Object.prototype.hasOwnProperty.call(EXACT, text)) return EXACT[text];
  for (const [pattern, replacement] of APPENDED) if (pattern.test(text)) return text.replace(pattern, replacement);
  return null;
}

/**
 * Excel's rules for sheet names: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe, unique within the workbook regardless of case. Excel refuses a file that breaks
 * them ("We found a problem with some content"), so every name the engine writes passes through here.
 */
export const SHEET_NAME_LIMIT = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts, unique among `taken` (lower-cased names already used; the new one is added). */
export function safeSheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || 'Аркуш';
  let name = base.slice(0, SHEET_NAME_LIMIT).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_LIMIT - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

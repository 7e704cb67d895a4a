import type { CellValue as ExcelCellValue } from 'exceljs';

/**
 * Placeholders are names in double braces that a template's cells hold. Heading placeholders stand
 * anywhere, alone or inside a text ('Звіт за {{period}}'):
 *   {{title}}, {{company}}, {{period}} (the period parameter), {{parameters}} (all parameters, joined
 *   by '; '), {{parameter.<key>}} (one of them), {{generatedAt}};
 * and there are two of the data:
 *   {{row.<field>}}: the data row, repeated once per report row; all of them on one row of one sheet;
 *   {{total.<field>}}: the column's total as the report defines it (sum, count, mean), anywhere;
 * and {{detail.<field>}}: a single value of the record the report is of (an invoice's buyer), anywhere.
 * A placeholder alone in its cell becomes a typed value (a number, a date) under the cell's own format;
 * inside a text it becomes the value's text as the screen shows it.
 */
export const HEADING_PLACEHOLDERS = ['title', 'company', 'period', 'parameters', 'generatedAt'] as const;
export type HeadingPlaceholder = (typeof HEADING_PLACEHOLDERS)[number];

export type Placeholder =
  | { kind: 'heading'; name: HeadingPlaceholder }
  | { kind: 'parameter'; key: string }
  | { kind: 'row'; field: string }
  | { kind: 'total'; field: string }
  | { kind: 'detail'; field: string }
  | { kind: 'unknown' };

export interface FoundPlaceholder {
  /** As written: '{{ row.amount }}'. */
  text: string;
  placeholder: Placeholder;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function classifyPlaceholder(name: string): Placeholder {
  if ((HEADING_PLACEHOLDERS as readonly string[]).includes(name)) return { kind: 'heading', name: name as HeadingPlaceholder };
  const dot = name.indexOf('.');
  const prefix = dot > 0 ? name.slice(0, dot) : '';
  const rest = name.slice(dot + 1);
  if (!/^[A-Za-z_][\w]*$/.test(rest)) return { kind: 'unknown' };
  if (prefix === 'row') return { kind: 'row', field: rest };
  if (prefix === 'total') return { kind: 'total', field: rest };
  if (prefix === 'parameter') return { kind: 'parameter', key: rest };
  if (prefix === 'detail') return { kind: 'detail', field: rest };
  return { kind: 'unknown' };
}

export function findPlaceholders(text: string): FoundPlaceholder[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => ({ text: match[0], placeholder: classifyPlaceholder(match[1].trim()) }));
}

/** The only placeholder of a text that is nothing else (spaces aside), or null. */
export function lonePlaceholder(text: string): FoundPlaceholder | null {
  const found = findPlaceholders(text);
  return found.length === 1 && text.trim() === found[0].text ? found[0] : null;
}

export function replacePlaceholders(text: string, valueOf: (placeholder: Placeholder) => string): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => valueOf(classifyPlaceholder(name.trim())));
}

/** The text a cell shows, where placeholders can stand: plain and rich text, a hyperlink's text. Formulas are not searched. */
export function cellText(value: ExcelCellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join('');
    if ('hyperlink' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

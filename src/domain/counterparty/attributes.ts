/**
 * "Додаткові реквізити": a counterparty's own attributes, each a caption the company chose and a value
 * ({ "кількість працівників": 120, "ключовий клієнт": true, "ЕДО": "Вчасно" }), stored as one JSON object.
 * The card edits them as labelled fields, one per attribute, each by the kind of its value; these are
 * the rules of that editor, free of React so they are tested on their own.
 */
export type AttributeKind = 'number' | 'boolean' | 'text' | 'other';

export interface AttributeEntry {
  label: string;
  kind: AttributeKind;
  /** number and text entries are edited as text; booleans as they are; `other` (a list, an object) is kept untouched */
  value: string | boolean | unknown;
}

export type AttributeIssueCode = 'label.blank' | 'label.duplicate' | 'number.invalid';

export interface AttributeIssue {
  index: number;
  code: AttributeIssueCode;
}

export function kindOf(value: unknown): AttributeKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (value === null || value === undefined || typeof value === 'string') return 'text';
  return 'other';
}

/** The stored value (an object, or JSON text of one) as entries in their stored order; anything else is no entries. */
export function attributeEntries(stored: unknown): AttributeEntry[] {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([label, item]) => {
    const kind = kindOf(item);
    return { label, kind, value: kind === 'number' ? String(item) : kind === 'text' ? String(item ?? '') : item };
  });
}

/** '1 200,5' → 1200.5; null when not a number. */
export function parseAttributeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

/** Entries back into the stored object; a blank or repeated caption, or a number that is not one, is an issue of its row. */
export function attributesObject(entries: readonly AttributeEntry[]): { value: Record<string, unknown>; issues: AttributeIssue[] } {
  const value: Record<string, unknown> = {};
  const issues: AttributeIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const label = entry.label.trim();
    // a row just added and left empty is no attribute yet, not a mistake
    if (!label && (entry.value === '' || entry.value === false || entry.value === null)) return undefined;
    if (!label) return issues.push({ index, code: 'label.blank' });
    const key = label.toLocaleLowerCase('uk-UA');
    if (seen.has(key)) return issues.push({ index, code: 'label.duplicate' });
    seen.add(key);
    if (entry.kind === 'number') {
      const text = String(entry.value ?? '').trim();
      if (text === '') value[label] = null;
      else {
        const number = parseAttributeNumber(text);
        if (number === null) return issues.push({ index, code: 'number.invalid' });
        value[label] = number;
      }
    } else if (entry.kind === 'boolean') value[label] = Boolean(entry.value);
    else if (entry.kind === 'text') value[label] = String(entry.value ?? '');
    else value[label] = entry.value;
    return undefined;
  });
  return { value, issues };
}

/** A new entry of a kind: empty text, no number yet, "no". */
export function blankEntry(kind: Exclude<AttributeKind, 'other'>, label = ''): AttributeEntry {
  return { label, kind, value: kind === 'boolean' ? false : '' };
}

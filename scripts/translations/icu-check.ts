/**
 * Checks one ICU message of the panel: it parses, it uses the arguments its English original uses, and
 * every plural in it has the forms Ukrainian needs. Ukrainian whole numbers take one (1, 21 запис), few
 * (2–4, 22 записи) and many (0, 5–20, 25 записів); fractions take other (1,5 запису), which ICU also
 * requires. A plural with only one/other reads "4 записів", the mistake this check exists for.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export const UKRAINIAN_PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

export interface MessageShape {
  /** argument names: {name}, {count, plural, ...}, <b>...</b> tags are not arguments */
  arguments: Set<string>;
  /** the words the reader sees: every literal part of every branch, arguments left out */
  literals: string[];
  /** one entry per plural: its argument and the forms it gives (=0 and the like excluded) */
  plurals: Array<{ argument: string; forms: string[] }>;
}

function walk(elements: MessageFormatElement[], shape: MessageShape): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      shape.literals.push(element.value);
    } else if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      shape.arguments.add(element.value);
    } else if (element.type === TYPE.plural) {
      shape.arguments.add(element.value);
      if (element.pluralType !== 'ordinal') {
        shape.plurals.push({ argument: element.value, forms: Object.keys(element.options).filter((form) => !form.startsWith('=')) });
      }
      for (const option of Object.values(element.options)) walk(option.value, shape);
    } else if (element.type === TYPE.select) {
      shape.arguments.add(element.value);
      for (const option of Object.values(element.options)) walk(option.value, shape);
    } else if (element.type === TYPE.tag) {
      walk(element.children, shape);
    }
  }
}

/** The shape of a message, or the parser's error. */
export function messageShape(message: string): MessageShape | { error: string } {
  try {
    const shape: MessageShape = { arguments: new Set(), literals: [], plurals: [] };
    walk(parse(message, { requiresOtherClause: true }), shape);
    return shape;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** What is wrong with a Ukrainian message against its English original; empty when nothing. */
export function ukrainianMessageProblems(uk: string, en: string): string[] {
  const shape = messageShape(uk);
  if ('error' in shape) return [`does not parse: ${shape.error}`];
  const problems: string[] = [];
  const english = messageShape(en);
  if (!('error' in english)) {
    for (const name of english.arguments) if (!shape.arguments.has(name)) problems.push(`misses {${name}}`);
    for (const name of shape.arguments) if (!english.arguments.has(name)) problems.push(`has {${name}}, which English does not give`);
    const declined = new Set(shape.plurals.map((plural) => plural.argument));
    for (const plural of english.plurals) {
      if (!declined.has(plural.argument)) problems.push(`English changes its words with {${plural.argument}}, the Ukrainian text does not`);
    }
  }
  for (const plural of shape.plurals) {
    const missing = UKRAINIAN_PLURAL_FORMS.filter((form) => !plural.forms.includes(form));
    if (missing.length) problems.push(`plural {${plural.argument}} lacks ${missing.join(', ')}`);
  }
  return problems;
}

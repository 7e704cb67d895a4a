import { systemFieldLabels, ukLabels, UkTypeLabels } from '../../type-meta';
import type { Locale } from './locale';

/** Which component uid a field of a type or component holds (from the schema, supplied by the glue). */
export type ComponentOf = (modelUid: string, field: string) => string | undefined;

export interface CaptionContext {
  /** the content type the path starts in; without it the path is shown as it is */
  uid?: string;
  componentOf?: ComponentOf;
  labels?: Record<string, UkTypeLabels>;
}

const SEGMENTS = /[^.[\]]+/g;
export const CAPTION_SEPARATOR = ' › ';

/**
 * How a field path reads to a person: in Ukrainian the captions of the types' metas (src/type-meta), positions counted
 * from 1 ('lines[0].price' on an invoice → 'Товари та послуги › 1 › Ціна'); unknown parts stay as they
 * are. In English, and where no type is known, the machine path itself ('lines[0].price'), which is what
 * API clients send and see in `details.errors[].path`.
 */
export function fieldCaption(path: string, locale: Locale, context: CaptionContext = {}): string {
  if (locale !== 'uk' || !context.uid || !path) return path;
  const labels = context.labels ?? ukLabels;
  let model: string | undefined = context.uid;
  const parts: string[] = [];
  for (const segment of path.match(SEGMENTS) ?? []) {
    if (/^\d+$/.test(segment)) {
      parts.push(String(Number(segment) + 1));
      continue;
    }
    const caption = (model && labels[model]?.fields[segment]) || systemFieldLabels[segment] || segment;
    parts.push(caption);
    model = model && context.componentOf ? context.componentOf(model, segment) : undefined;
  }
  return parts.join(CAPTION_SEPARATOR);
}

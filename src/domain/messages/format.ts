import type { FieldIssue } from '../errors';
import { CaptionContext, fieldCaption } from './field-caption';
import type { Locale } from './locale';
import { issueText } from './render';

/** One issue as a person reads it: "ЄДРПОУ: контрольна цифра не збігається" / "edrpou: check digit does not match". */
export function formatIssue(entry: FieldIssue, locale: Locale, context: CaptionContext = {}): string {
  const text = issueText(entry, locale);
  const caption = fieldCaption(entry.field, locale, context);
  return caption ? `${caption}: ${text}` : text;
}

/** Several issues in one line, "; "-separated, as in an error's message. */
export function formatIssuesIn(issues: readonly FieldIssue[], locale: Locale, context: CaptionContext = {}): string {
  return issues.map((entry) => formatIssue(entry, locale, context)).join('; ');
}

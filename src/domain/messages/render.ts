import type { FieldIssue } from '../errors';
import { fail, Result } from '../result';
import { isMessageCode, MESSAGES, MessageCode, MessageParams } from './catalog';
import type { Locale } from './locale';

/** The text of a code in a locale, placeholders `{name}` filled from params. */
export function messageText(code: MessageCode, params: MessageParams = {}, locale: Locale = 'uk'): string {
  const text = MESSAGES[code][locale];
  if (typeof text === 'function') return text(params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A field issue for a code; `reason` is derived: the English text, for logs and older callers. */
export function issue(field: string, code: MessageCode, params?: MessageParams): FieldIssue {
  return { field, reason: messageText(code, params, 'en'), code, ...(params ? { params } : {}) };
}

/** A failed Result for a code (reason derived as in `issue`). */
export function failWith<T = never>(code: MessageCode, params?: MessageParams): Result<T> {
  return { ...fail<T>(messageText(code, params, 'en')), code, ...(params ? { params } : {}) } as Result<T>;
}

/** A field issue from a failed Result, keeping its code: the bridge from validators to issues. */
export function issueFrom(field: string, failure: { reason?: string; code?: string; params?: MessageParams }): FieldIssue {
  return isMessageCode(failure.code) ? issue(field, failure.code, failure.params) : { field, reason: failure.reason ?? '' };
}

/** What an issue says in a locale, without the field: the catalog text, or the reason for codeless issues. */
export function issueText(entry: { reason: string; code?: string; params?: MessageParams }, locale: Locale): string {
  return isMessageCode(entry.code) ? messageText(entry.code, entry.params, locale) : entry.reason;
}

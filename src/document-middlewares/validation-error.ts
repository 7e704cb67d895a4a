import { errors } from '@strapi/utils';
import { DomainValidationError, FieldIssue } from '../domain/errors';
import { CaptionContext, formatIssue, formatIssuesIn, issueText, Locale, MessageCode, messageText, MessageParams, pickLocale } from '../domain/messages';

/**
 * The language of the current request's messages: Ukrainian unless its `Accept-Language` prefers English
 * (an English admin panel, an API client). Outside a request (jobs, seeding) Ukrainian.
 */
export function requestLocale(): Locale {
  const ctx: any = (globalThis as any).strapi?.requestContext?.get?.();
  return pickLocale(ctx?.request?.headers?.['accept-language']);
}

/** Caption lookup for a content type: which component a field holds, read from the loaded schema. */
function captionContext(uid: string | undefined): CaptionContext {
  const strapi: any = (globalThis as any).strapi;
  if (!uid || !strapi) return {};
  return {
    uid,
    componentOf: (model, field) => {
      const schema = model.startsWith('api::') ? strapi.getModel?.(model) : strapi.components?.[model];
      const attribute = schema?.attributes?.[field];
      return attribute?.type === 'component' ? attribute.component : undefined;
    },
  };
}

/** The machine path of a field, as the admin panel matches it to its input: 'lines[0].price' → ['lines', '0', 'price']. */
const machinePath = (field: string) => field.split(/[.[\]]+/).filter(Boolean);

/**
 * Turns domain issues into Strapi's ValidationError, answered as HTTP 400 naming each field, in the
 * request's language. `uid` (the content type written) lets Ukrainian messages use field captions.
 */
export function toValidationError(issues: readonly FieldIssue[], { uid }: { uid?: string } = {}): InstanceType<typeof errors.ValidationError> {
  const locale = requestLocale();
  const context = captionContext(uid);
  return new errors.ValidationError(formatIssuesIn(issues, locale, context), {
    errors: issues.map((issue) => ({ path: machinePath(issue.field), message: formatIssue(issue, locale, context), name: 'ValidationError' })),
  });
}

/** Runs a domain computation, rethrowing its validation errors as HTTP 400. */
export function asValidationError<T>(compute: () => T, options: { uid?: string } = {}): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainValidationError) throw toValidationError(error.details, options);
    throw error;
  }
}

/** A refusal's text (query guard, route rules) in the request's language. */
export function localizedText(entry: { reason: string; code?: string; params?: MessageParams }): string {
  return issueText(entry, requestLocale());
}

/**
 * A 400 for refused query or body keys ('filters[price]', 'populate'): machine keys, shown as sent, each
 * with its reason in the request's language, under a heading such as "Недопустимий запит".
 */
export function keysValidationError(
  heading: MessageCode,
  refused: ReadonlyArray<{ key: string; reason: string; code?: string; params?: MessageParams }>,
): InstanceType<typeof errors.ValidationError> {
  const locale = requestLocale();
  const texts = refused.map((r) => issueText(r, locale));
  return new errors.ValidationError(`${messageText(heading, {}, locale)}: ${refused.map((r, i) => `${r.key}: ${texts[i]}`).join('; ')}`, {
    errors: refused.map((r, i) => ({ path: [r.key], message: texts[i], name: 'ValidationError' })),
  });
}

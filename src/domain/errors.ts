import type { MessageParams } from './messages/catalog';

/**
 * One problem with one field, e.g. `{ field: 'lines[2].quantity', reason: 'must be a number', code: 'type.number' }`.
 * `code` and `params` name the message in the catalog (domain/messages), which renders it in Ukrainian or
 * English; `reason` is its English text (see the catalog's header). Made with `issue()`.
 */
export interface FieldIssue {
  field: string;
  reason: string;
  code?: string;
  params?: MessageParams;
}

const withField = (d: FieldIssue, field: string): FieldIssue => ({
  field,
  reason: d.reason,
  ...(d.code ? { code: d.code } : {}),
  ...(d.params ? { params: d.params } : {}),
});

export function formatIssues(details: readonly FieldIssue[]): string {
  return details.map((d) => `${d.field}: ${d.reason}`).join('; ');
}

/** Thrown by the domain core when input data is invalid. Message: "field: reason; field: reason". */
export class DomainValidationError extends Error {
  readonly details: FieldIssue[];

  constructor(details: readonly FieldIssue[], message?: string) {
    super(message ?? (formatIssues(details) || 'invalid data'));
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'DomainValidationError';
    this.details = details.map((d) => withField(d, d.field));
  }
}

/** Throws a DomainValidationError when there is at least one issue. */
export function throwIfIssues(details: readonly FieldIssue[]): void {
  if (details.length > 0) throw new DomainValidationError(details);
}

/** Prefixes issue fields: prefixIssues('lines[0]', [{field:'price',...}]) → 'lines[0].price'. */
export function prefixIssues(prefix: string, details: readonly FieldIssue[]): FieldIssue[] {
  if (!prefix) return details.slice();
  return details.map((d) => withField(d, d.field ? `${prefix}.${d.field}` : prefix));
}

/** One problem with one field, e.g. `{ field: 'lines[2].quantity', reason: 'must be a number' }`. */
export interface FieldIssue {
  field: string;
  reason: string;
}

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
    this.details = details.map((d) => ({ field: d.field, reason: d.reason }));
  }
}

/** Throws a DomainValidationError when there is at least one issue. */
export function throwIfIssues(details: readonly FieldIssue[]): void {
  if (details.length > 0) throw new DomainValidationError(details);
}

/** Prefixes issue fields: prefixIssues('lines[0]', [{field:'price',...}]) → 'lines[0].price'. */
export function prefixIssues(prefix: string, details: readonly FieldIssue[]): FieldIssue[] {
  if (!prefix) return details.slice();
  return details.map((d) => ({ field: d.field ? `${prefix}.${d.field}` : prefix, reason: d.reason }));
}

import { errors } from '@strapi/utils';
import { DomainValidationError, FieldIssue, formatIssues } from '../domain/errors';

/** Turns domain issues into Strapi's ValidationError, answered as HTTP 400 naming each field. */
export function toValidationError(issues: readonly FieldIssue[]): InstanceType<typeof errors.ValidationError> {
  return new errors.ValidationError(formatIssues(issues), {
    errors: issues.map((issue) => ({ path: issue.field.split(/[.[\]]+/).filter(Boolean), message: issue.reason, name: 'ValidationError' })),
  });
}

/** Runs a domain computation, rethrowing its validation errors as HTTP 400. */
export function asValidationError<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainValidationError) throw toValidationError(error.details);
    throw error;
  }
}

import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import type { UniqueField } from './fields';

export interface DuplicateDetails {
  /** the other record's label, only when the caller may read it */
  otherLabel?: string | null;
  /** the year the number is taken in, for numbers unique per year */
  year?: string | null;
}

/**
 * The issue for a value refused as a duplicate: 'unique.belongsTo' (`already belongs to counterparty "X"`)
 * when the caller may see the other record, otherwise a sentence that names no record ('unique.taken',
 * `is already used by another counterparty`, or 'unique.takenInYear' for numbers unique per year).
 */
export function duplicateIssue(field: UniqueField, details: DuplicateDetails = {}): FieldIssue {
  if (details.otherLabel) return issue(field.field, 'unique.belongsTo', { noun: field.noun, label: details.otherLabel });
  if (field.perYear && details.year) return issue(field.field, 'unique.takenInYear', { noun: field.noun, year: details.year });
  return issue(field.field, 'unique.taken', { noun: field.noun });
}

/** The English reason of `duplicateIssue`. */
export function duplicateReason(field: UniqueField, details: DuplicateDetails = {}): string {
  return duplicateIssue(field, details).reason;
}

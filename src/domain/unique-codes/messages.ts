import type { UniqueField } from './fields';

export interface DuplicateDetails {
  /** the other record's label, only when the caller may read it */
  otherLabel?: string | null;
  /** the year the number is taken in, for numbers unique per year */
  year?: string | null;
}

/**
 * Why a value is refused as a duplicate: `already belongs to counterparty "X"` when the caller may see the
 * other record, otherwise a sentence that names no record (`is already used by another counterparty`).
 */
export function duplicateReason(field: UniqueField, details: DuplicateDetails = {}): string {
  if (details.otherLabel) return `already belongs to ${field.noun} "${details.otherLabel}"`;
  if (field.perYear && details.year) return `is already used by another ${field.noun} in ${details.year}`;
  return `is already used by another ${field.noun}`;
}

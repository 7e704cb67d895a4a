import { OWNER_FIELDS } from '../type-meta';

/**
 * Whose a new record is when its creator does not say: the person creating it in the admin panel.
 * Without this a sales manager who creates a counterparty and leaves "manager" empty could not open it
 * again (ownership conditions follow these fields). Plain data and logic; the document middleware in
 * ownership-defaults-middleware.ts applies it to admin-panel creations only. Which fields: `ownerDefaults`
 * in each type's meta.
 */
export { OWNER_FIELDS };

/** Whether a relation value in create data leaves the relation empty. */
export function isUnsetRelation(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const { connect, set } = value as { connect?: unknown[]; set?: unknown[] };
    const empty = (list: unknown) => list === undefined || (Array.isArray(list) && list.length === 0);
    return empty(connect) && empty(set) && !('id' in (value as object)) && !('documentId' in (value as object));
  }
  return false;
}

export interface Creator {
  employeeDocumentId?: string | null;
  departmentDocumentId?: string | null;
}

/** The fields to add to create data: the owner fields left empty, set to the creator's employee card and department. */
export function ownershipDefaults(uid: string, data: Record<string, unknown>, creator: Creator): Record<string, string> {
  const fields = OWNER_FIELDS[uid];
  const patch: Record<string, string> = {};
  if (!fields || !creator.employeeDocumentId) return patch;
  if (isUnsetRelation(data[fields.employee])) patch[fields.employee] = creator.employeeDocumentId;
  if (fields.department && creator.departmentDocumentId && isUnsetRelation(data[fields.department])) patch[fields.department] = creator.departmentDocumentId;
  return patch;
}

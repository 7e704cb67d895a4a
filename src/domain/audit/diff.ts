/**
 * The audit diff: which attributes of a document differ between two stored states, with their old and new
 * values. Pure: the caller reads both states (with the relations and components of the schema populated).
 */
import { AuditAttribute, AuditSchema } from './schema';
import { isEmptyNormalized, normalizeValue, RefValue, stableStringify } from './normalize';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /** To-many relations only: references that were linked / unlinked by this change. */
  added?: RefValue[];
  removed?: RefValue[];
}

export type StoredDocument = Record<string, unknown>;

/** Above this many references a to-many relation is logged as `{ count }` plus what was added/removed. */
export const MAX_LISTED_REFS = 100;

function emptyOf(attribute: AuditAttribute): unknown {
  if (attribute.kind === 'relation') return attribute.many ? [] : null;
  if (attribute.kind === 'component') return attribute.repeatable ? [] : null;
  if (attribute.kind === 'dynamiczone') return [];
  return null;
}

function valueOf(attribute: AuditAttribute, document: StoredDocument | null, field: string, mode: 'compare' | 'present'): unknown {
  return document ? normalizeValue(attribute, document[field], mode) : emptyOf(attribute);
}

function refSetChange(field: string, oldRefs: RefValue[], newRefs: RefValue[]): FieldChange {
  const oldIds = new Set(oldRefs.map((ref) => ref.documentId));
  const newIds = new Set(newRefs.map((ref) => ref.documentId));
  const added = newRefs.filter((ref) => !oldIds.has(ref.documentId));
  const removed = oldRefs.filter((ref) => !newIds.has(ref.documentId));
  const listed = (refs: RefValue[]) => (refs.length > MAX_LISTED_REFS ? { count: refs.length } : refs);
  return { field, old: listed(oldRefs), new: listed(newRefs), added, removed };
}

/**
 * The changed attributes between `before` and `after`, in schema order. `before` null: a creation (every
 * non-empty value is reported with old = empty); `after` null: a deletion (every non-empty old value).
 * Equal values in different representations ('1250.00' and 1250, a Date and its ISO text, JSON with keys
 * in another order, components with other ids) are not changes.
 */
export function diffDocuments(schema: AuditSchema, before: StoredDocument | null, after: StoredDocument | null): FieldChange[] {
  const changes: FieldChange[] = [];
  if (!before && !after) return changes;
  for (const [field, attribute] of Object.entries(schema.attributes)) {
    const oldKey = valueOf(attribute, before, field, 'compare');
    const newKey = valueOf(attribute, after, field, 'compare');
    if (stableStringify(oldKey) === stableStringify(newKey)) continue;
    if (!before && isEmptyNormalized(newKey)) continue;
    if (!after && isEmptyNormalized(oldKey)) continue;
    const oldValue = valueOf(attribute, before, field, 'present');
    const newValue = valueOf(attribute, after, field, 'present');
    if (attribute.kind === 'relation' && attribute.many) {
      changes.push(refSetChange(field, oldValue as RefValue[], newValue as RefValue[]));
    } else {
      changes.push({ field, old: oldValue, new: newValue });
    }
  }
  return changes;
}

/** Names of the changed fields, for messages and tests. */
export function changedFields(changes: readonly FieldChange[]): string[] {
  return changes.map((change) => change.field);
}

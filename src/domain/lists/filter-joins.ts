/**
 * Whether a Document Service `filters` tree reaches through a relation that can hold many rows (a client's
 * contact persons, a document's lines). Its condition is then a join that repeats a row once per related row,
 * so a statement that reads rows of the type through it must ask "id among the matching ones" instead; a
 * tree through to-one relations only (a request's client, that client's manager) joins at most one row each
 * and can stand in the statement as it is.
 *
 * Unknown keys count as plain columns (Vitrylo's reference columns are not attributes); media, dynamic zones,
 * repeatable components and morph relations count as to-many.
 */

export interface FilterAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
}

/** The attributes of a content type or component by name, or undefined for an unknown one. */
export type AttributesOf = (uid: string) => Record<string, FilterAttribute> | undefined;

const TO_ONE_RELATIONS = new Set(['oneToOne', 'manyToOne', 'oneWay']);

export function reachesToMany(filters: unknown, uid: string, attributesOf: AttributesOf): boolean {
  if (Array.isArray(filters)) return filters.some((part) => reachesToMany(part, uid, attributesOf));
  if (filters === null || typeof filters !== 'object') return false;
  const attributes = attributesOf(uid) ?? {};
  return Object.entries(filters as Record<string, unknown>).some(([key, value]) => {
    if (key === '$and' || key === '$or' || key === '$not') return reachesToMany(value, uid, attributesOf);
    if (key.startsWith('$')) return false;
    const attribute = attributes[key];
    if (!attribute) return false;
    switch (attribute.type) {
      case 'relation':
        if (!TO_ONE_RELATIONS.has(attribute.relation ?? '') || !attribute.target) return true;
        return reachesToMany(value, attribute.target, attributesOf);
      case 'component':
        if (attribute.repeatable || !attribute.component) return true;
        return reachesToMany(value, attribute.component, attributesOf);
      case 'media':
      case 'dynamiczone':
        return true;
      default:
        return false;
    }
  });
}

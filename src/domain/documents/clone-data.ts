/**
 * The data a copy of a record starts from: what "clone" means for Vitrylo, as a plain function of the
 * schema and the stored source. The copy is a new record that goes through every rule a create does, so
 * it copies only what creating it may carry:
 * - scalar fields and components (without their row ids);
 * - links to records that keep their other links and are stored on the copy's side (many-to-one, the
 *   owning side of many-to-many): the same client, the same products;
 * - never links that would move a record away from the source (one-to-many, one-to-one: the client's
 *   contact persons stay with the client), never system fields, and never the fields named in `omit`
 *   (owners, which the person cloning gets; amounts that belong to the source's history).
 */

export interface CloneAttribute {
  type: string;
  relation?: string;
  component?: string;
  repeatable?: boolean;
  private?: boolean;
  /** set on the inverse side of a two-way relation: the link is stored with the other record */
  mappedBy?: string;
}

export type CloneSchema = Record<string, CloneAttribute>;

const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
const KEEPS_OTHER_LINKS = new Set(['manyToOne', 'manyToMany', 'oneWay', 'manyWay']);
/** A link the copy may carry: it keeps the other record's links and belongs to the copy (not the inverse side). */
const copiable = (attribute: CloneAttribute) => KEEPS_OTHER_LINKS.has(attribute.relation ?? '') && !attribute.mappedBy;

type Row = Record<string, unknown>;

const documentIdOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as Row).documentId === 'string' ? ((value as Row).documentId as string) : null;

/** To-many links are copied by `connect` (a plain list would replace, which staff may not do). */
function copyRelation(value: unknown): unknown {
  if (Array.isArray(value)) {
    const ids = value.map(documentIdOf).filter((id): id is string => id !== null);
    return ids.length > 0 ? { connect: ids.map((documentId) => ({ documentId })) } : undefined;
  }
  return value === null || value === undefined ? undefined : documentIdOf(value);
}

function copyFields(schema: CloneSchema, components: Record<string, CloneSchema>, row: Row, omit: ReadonlySet<string>): Row {
  const data: Row = {};
  for (const [name, attribute] of Object.entries(schema)) {
    if (SYSTEM.has(name) || omit.has(name) || !(name in row)) continue;
    const value = row[name];
    if (attribute.type === 'relation') {
      const copied = copiable(attribute) ? copyRelation(value) : undefined;
      if (copied !== undefined) data[name] = copied;
    } else if (attribute.type === 'component') {
      const inner = components[attribute.component ?? ''] ?? {};
      const copy = (item: unknown) => (item && typeof item === 'object' ? copyFields(inner, components, item as Row, new Set()) : item);
      data[name] = Array.isArray(value) ? value.map(copy) : value === null || value === undefined ? null : copy(value);
    } else if (attribute.type !== 'dynamiczone' && attribute.type !== 'media') {
      data[name] = value;
    }
  }
  return data;
}

/** Create data for a copy of `source`; `overrides` (what the person typed) win field by field. */
export function cloneData(schema: CloneSchema, components: Record<string, CloneSchema>, source: Row, omit: readonly string[], overrides: Row = {}): Row {
  const typed = Object.fromEntries(Object.entries(overrides).filter(([name]) => !movesRecords(schema[name])));
  return { ...copyFields(schema, components, source, new Set(omit)), ...typed };
}

/** A link that would take a record away from the source, whoever asks for it. */
const movesRecords = (attribute: CloneAttribute | undefined) => attribute?.type === 'relation' && !KEEPS_OTHER_LINKS.has(attribute.relation ?? '');

/** What to read of the source: every component and every copied link, with documentIds. */
export function clonePopulate(schema: CloneSchema, components: Record<string, CloneSchema>): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema)) {
    if (SYSTEM.has(name)) continue;
    if (attribute.type === 'relation' && copiable(attribute)) populate[name] = { select: ['id', 'documentId'] };
    else if (attribute.type === 'component') {
      const inner = clonePopulate(components[attribute.component ?? ''] ?? {}, components);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}

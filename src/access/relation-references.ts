/**
 * The records a write links to or unlinks, read from document-service `data`: per relation field, the
 * documentIds and row ids it connects or sets, the ones it disconnects, and whether it replaces the whole
 * relation (`set`, or a plain value/list: every current link not named is dropped).
 */
export interface RelationIds {
  documentIds: string[];
  ids: number[];
}

export interface RelationReference extends RelationIds {
  field: string;
  target: string;
}

export interface RelationChange {
  field: string;
  target: string;
  relation?: string;
  linked: RelationIds;
  unlinked: RelationIds;
  replaces: boolean;
}

type Attributes = Record<string, { type?: string; target?: string; relation?: string }>;
type Collector = { documentIds: Set<string>; ids: Set<number> };

const collector = (): Collector => ({ documentIds: new Set(), ids: new Set() });
const done = (into: Collector): RelationIds => ({ documentIds: [...into.documentIds], ids: [...into.ids] });
const size = (ids: RelationIds) => ids.documentIds.length + ids.ids.length;

function collectItem(value: unknown, into: Collector): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item) => collectItem(item, into));
  } else if (typeof value === 'string') {
    if (value.trim() !== '') into.documentIds.add(value);
  } else if (typeof value === 'number') {
    into.ids.add(value);
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.documentId === 'string') {
      into.documentIds.add(record.documentId);
    } else if (typeof record.id === 'number' || typeof record.id === 'string') {
      const id = Number(record.id);
      if (Number.isInteger(id)) into.ids.add(id);
    }
  }
}

const isOperation = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value);

/** What one relation value of written data links, unlinks and whether it replaces the relation. */
export function relationChange(field: string, attribute: { target: string; relation?: string }, value: unknown): RelationChange {
  const linked = collector();
  const unlinked = collector();
  let replaces = false;
  if (isOperation(value)) {
    collectItem(value.connect, linked);
    collectItem(value.disconnect, unlinked);
    if ('set' in value && value.set !== undefined) {
      replaces = true;
      collectItem(value.set, linked);
    }
  } else {
    replaces = true;
    collectItem(value, linked);
  }
  return { field, target: attribute.target, relation: attribute.relation, linked: done(linked), unlinked: done(unlinked), replaces };
}

/** Every relation field the data writes, with what it changes. */
export function relationChanges(attributes: Attributes, data: Record<string, unknown>): RelationChange[] {
  const changes: RelationChange[] = [];
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || !(field in data)) continue;
    const change = relationChange(field, { target: attribute.target, relation: attribute.relation }, data[field]);
    if (size(change.linked) + size(change.unlinked) > 0 || change.replaces) changes.push(change);
  }
  return changes;
}

/** The records the data links to (connect, set or a plain value), per relation field. Disconnecting is not linking. */
export function relationReferences(attributes: Attributes, data: Record<string, unknown>): RelationReference[] {
  return relationChanges(attributes, data)
    .filter((change) => size(change.linked) > 0)
    .map((change) => ({ field: change.field, target: change.target, ...change.linked }));
}

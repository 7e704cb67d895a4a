/**
 * The records a write links to, read from document-service `data`: per relation field, the documentIds
 * and row ids it connects or sets. Disconnecting is not linking, so it is left out.
 */
export interface RelationReference {
  field: string;
  target: string;
  documentIds: string[];
  ids: number[];
}

type Attributes = Record<string, { type?: string; target?: string }>;

function collect(value: unknown, into: { documentIds: Set<string>; ids: Set<number> }): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item) => collect(item, into));
  } else if (typeof value === 'string') {
    if (value.trim() !== '') into.documentIds.add(value);
  } else if (typeof value === 'number') {
    into.ids.add(value);
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('connect' in record || 'set' in record) {
      collect(record.connect, into);
      collect(record.set, into);
    } else if (typeof record.documentId === 'string') {
      into.documentIds.add(record.documentId);
    } else if (typeof record.id === 'number' || typeof record.id === 'string') {
      const id = Number(record.id);
      if (Number.isInteger(id)) into.ids.add(id);
    }
  }
}

export function relationReferences(attributes: Attributes, data: Record<string, unknown>): RelationReference[] {
  const references: RelationReference[] = [];
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || !(field in data)) continue;
    const into = { documentIds: new Set<string>(), ids: new Set<number>() };
    collect(data[field], into);
    if (into.documentIds.size + into.ids.size > 0) {
      references.push({ field, target: attribute.target, documentIds: [...into.documentIds], ids: [...into.ids] });
    }
  }
  return references;
}

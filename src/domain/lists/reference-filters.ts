/**
 * A list filtered by one related record ("the interactions of this client") reads faster from a column on
 * the row that holds the related id than through the relation's link table (src/access/access-columns.ts,
 * reference columns). This rewrites such conditions of a Document Service `filters` tree:
 *
 *   { counterparty: { documentId: { $eq: 'abc' } } }  →  { accessCounterparty: { $in: [ids of 'abc'] } }
 *   { counterparty: { id: 7 } }                         →  { accessCounterparty: { $eq: 7 } }
 *
 * Only conditions that say nothing but "the related record is this one (or one of these)" are rewritten,
 * where they stand in the tree or under $and / $or / $not; anything else (a name, a nested path, $ne, $null)
 * is left to the link table. Two steps, for the documentIds are resolved to row ids by the database between
 * them: `referencedDocumentIds` collects them, `rewriteReferenceFilters` replaces the conditions.
 */

export interface ReferenceColumn {
  /** the to-one relation, e.g. counterparty */
  relation: string;
  /** the attribute of the row holding its target id, e.g. accessCounterparty */
  attribute: string;
}

type Tree = Record<string, unknown>;
type Match = { key: 'id' | 'documentId'; values: unknown[] };

const LOGICAL = new Set(['$and', '$or']);

const isPlain = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The values of an `{ $eq: v }`, `{ $in: [..] }` or bare scalar condition, or null for anything else. */
function equalityValues(condition: unknown): unknown[] | null {
  if (typeof condition === 'string' || typeof condition === 'number') return [condition];
  if (!isPlain(condition)) return null;
  const keys = Object.keys(condition);
  if (keys.length !== 1) return null;
  const [operator] = keys;
  const value = condition[operator];
  if (operator === '$eq' && (typeof value === 'string' || typeof value === 'number')) return [value];
  if (operator === '$in' && Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value;
  return null;
}

/** `{ id: … }` or `{ documentId: … }` and nothing else under the relation. */
function matchOf(condition: unknown): Match | null {
  if (!isPlain(condition)) return null;
  const keys = Object.keys(condition);
  if (keys.length !== 1 || (keys[0] !== 'id' && keys[0] !== 'documentId')) return null;
  const values = equalityValues(condition[keys[0]]);
  return values ? { key: keys[0], values } : null;
}

function visit(tree: unknown, columns: ReferenceColumn[], onMatch: (column: ReferenceColumn, match: Match) => unknown): unknown {
  if (Array.isArray(tree)) return tree.map((item) => visit(item, columns, onMatch));
  if (!isPlain(tree)) return tree;
  const out: Tree = {};
  const moved: Tree[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const column = columns.find((c) => c.relation === key);
    const match = column ? matchOf(value) : null;
    if (column && match) moved.push({ [column.attribute]: onMatch(column, match) });
    else out[key] = LOGICAL.has(key) || key === '$not' ? visit(value, columns, onMatch) : value;
  }
  for (const condition of moved) {
    const [attribute] = Object.keys(condition);
    // the column already has a condition here: both must hold
    if (attribute in out) out.$and = [...(Array.isArray(out.$and) ? out.$and : out.$and ? [out.$and] : []), condition];
    else Object.assign(out, condition);
  }
  return out;
}

/** The documentIds the rewritable conditions name, per relation. */
export function referencedDocumentIds(filters: unknown, columns: ReferenceColumn[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  visit(filters, columns, (column, match) => {
    if (match.key === 'documentId') {
      const set = found.get(column.relation) ?? new Set<string>();
      for (const value of match.values) set.add(String(value));
      found.set(column.relation, set);
    }
    return null;
  });
  return found;
}

/**
 * The filters with each rewritable condition on the column; `rowIds` answers the row ids of a documentId
 * (none when no such record: the condition then matches nothing, as the relation's would).
 */
export function rewriteReferenceFilters(filters: unknown, columns: ReferenceColumn[], rowIds: (relation: string, documentId: string) => number[]): unknown {
  return visit(filters, columns, (column, match) => {
    if (match.key === 'id') {
      const ids = match.values.map(Number).filter(Number.isSafeInteger);
      return ids.length === 1 && match.values.length === 1 ? { $eq: ids[0] } : { $in: ids };
    }
    return { $in: [...new Set(match.values.flatMap((documentId) => rowIds(column.relation, String(documentId))))] };
  });
}

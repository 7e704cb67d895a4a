/**
 * A list filtered by one related record ("the interactions of this client") reads faster from a column on
 * the row that holds the related id than through the relation's link table (src/access/access-columns.ts,
 * reference columns). This rewrites such conditions of a Document Service `filters` tree:
 *
 *   { counterparty: { documentId: { $eq: 'abc' } } }  →  { accessCounterparty: { $in: [ids of 'abc'] } }
 *   { counterparty: { id: 7 } }                         →  { accessCounterparty: { $eq: 7 } }
 *   { counterparty: { $and: [scope, { documentId: 'abc' }] } }
 *                                                       →  { accessCounterparty: { $in: [ids of 'abc' within scope] } }
 *
 * Only conditions that name the related record (or records) are rewritten, where they stand in the tree or
 * under $and / $or / $not: alone, or beside more conditions on that record in an `$and` (the access guard
 * scopes a step into a client the caller sees in part that way). The more conditions are then asked of the
 * named records once, by the database, instead of joining every row of the list to them; anything else (a
 * name, a nested path, $ne, $null) is left to the link table. Two steps, for the named records are looked up
 * between them: `referenceLookups` lists what to look up, `rewriteReferenceFilters` replaces the conditions.
 */

export interface ReferenceColumn {
  /** the to-one relation, e.g. counterparty */
  relation: string;
  /** the attribute of the row holding its target id, e.g. accessCounterparty */
  attribute: string;
}

type Tree = Record<string, unknown>;

/** Related records to find: named by id or documentId, and holding every `conditions` filter. */
export interface ReferenceLookup {
  relation: string;
  key: 'id' | 'documentId';
  values: Array<string | number>;
  /** more filters on the related record, in Document Service syntax; empty when the name is all */
  conditions: Tree[];
}

/** One text per distinct lookup, to hand its answer back to `rewriteReferenceFilters`. */
export const lookupKey = (lookup: ReferenceLookup): string => JSON.stringify([lookup.relation, lookup.key, lookup.values, lookup.conditions]);

const LOGICAL = new Set(['$and', '$or']);

const isPlain = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The values of an `{ $eq: v }`, `{ $in: [..] }` or bare scalar condition, or null for anything else. */
function equalityValues(condition: unknown): Array<string | number> | null {
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

/** `{ id: … }` or `{ documentId: … }` and nothing else. */
function nameOf(condition: unknown): Pick<ReferenceLookup, 'key' | 'values'> | null {
  if (!isPlain(condition)) return null;
  const keys = Object.keys(condition);
  if (keys.length !== 1 || (keys[0] !== 'id' && keys[0] !== 'documentId')) return null;
  const values = equalityValues(condition[keys[0]]);
  return values ? { key: keys[0], values } : null;
}

/** The related record named, alone or in an `$and` with more conditions on it; null when none is named. */
function lookupOf(relation: string, condition: unknown): ReferenceLookup | null {
  const named = nameOf(condition);
  if (named) return { relation, ...named, conditions: [] };
  if (!isPlain(condition) || Object.keys(condition).length !== 1 || !Array.isArray(condition.$and)) return null;
  const items: unknown[] = condition.$and;
  const at = items.findIndex((item) => nameOf(item) !== null);
  const conditions = items.filter((_, i) => i !== at);
  if (at === -1 || !conditions.every(isPlain)) return null;
  return { relation, ...nameOf(items[at])!, conditions: conditions as Tree[] };
}

/** Whether the database must answer the lookup: ids named alone are their own answer. */
const needsDatabase = (lookup: ReferenceLookup) => lookup.key === 'documentId' || lookup.conditions.length > 0;

function visit(tree: unknown, columns: ReferenceColumn[], onMatch: (column: ReferenceColumn, lookup: ReferenceLookup) => unknown): unknown {
  if (Array.isArray(tree)) return tree.map((item) => visit(item, columns, onMatch));
  if (!isPlain(tree)) return tree;
  const out: Tree = {};
  const moved: Tree[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const column = columns.find((c) => c.relation === key);
    const lookup = column ? lookupOf(key, value) : null;
    if (column && lookup) moved.push({ [column.attribute]: onMatch(column, lookup) });
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

/** What the rewritable conditions ask the database, each distinct lookup once. */
export function referenceLookups(filters: unknown, columns: ReferenceColumn[]): ReferenceLookup[] {
  const found = new Map<string, ReferenceLookup>();
  visit(filters, columns, (_, lookup) => {
    if (needsDatabase(lookup)) found.set(lookupKey(lookup), lookup);
    return null;
  });
  return [...found.values()];
}

/**
 * The filters with each rewritable condition on the column; `rowIds` answers a lookup's row ids (none when
 * no record is so named and so holds: the condition then matches nothing, as the relation's would).
 */
export function rewriteReferenceFilters(filters: unknown, columns: ReferenceColumn[], rowIds: (lookup: ReferenceLookup) => number[]): unknown {
  return visit(filters, columns, (_, lookup) => {
    if (!needsDatabase(lookup)) {
      const ids = lookup.values.map(Number).filter(Number.isSafeInteger);
      return ids.length === 1 && lookup.values.length === 1 ? { $eq: ids[0] } : { $in: ids };
    }
    return { $in: [...new Set(rowIds(lookup))] };
  });
}

/**
 * Whether every row the filters let through belongs to records they name ("the interactions of this client", and
 * whatever else, all of it in an `$and`): the read is then an index range of the reference column, the same plan
 * whatever the values. A named record under `$or` or `$not` restricts nothing.
 */
export function restrictsToNamedRecords(filters: unknown, columns: ReferenceColumn[]): boolean {
  if (!isPlain(filters)) return false;
  return Object.entries(filters).some(([key, value]) => {
    if (key === '$and') return Array.isArray(value) && value.some((item) => restrictsToNamedRecords(item, columns));
    return columns.some((column) => column.relation === key) && lookupOf(key, value) !== null;
  });
}

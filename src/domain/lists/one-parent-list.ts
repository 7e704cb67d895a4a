import { ReferenceColumn, ReferenceLookup, referenceLookups, rewriteReferenceFilters } from './reference-filters';

/**
 * "The records of one parent", as the panel asks for them: one client's chronicle, invoices or requests, a
 * page at a time, sorted by one field. Such a list page is the same reads every time for the same caller
 * (the parent's lookup, a capped count, the page and its relations' main fields), so it can be answered by
 * SQL kept for the caller (src/lists/one-parent-list-statement.ts). This recognises the request: anything
 * else in it (more filters, a search, another parameter) is left to the content manager.
 */
export interface OneParentListQuery {
  page: number;
  pageSize: number;
  sort: { attribute: string; order: 'asc' | 'desc' };
  /** the parent's relation and the reference column on the row that holds its id */
  column: ReferenceColumn;
  /** the parent, by its documentId, with whatever more the guard asks of it (the caller's scope of parents) */
  lookup: ReferenceLookup & { key: 'documentId'; values: [string] };
}

/** The content manager's own limit of a page (document-manager findPage's maxLimit). */
export const MAX_PAGE_SIZE = 1000;
const POSITIVE = /^[1-9][0-9]{0,8}$/;
const SORT = /^([A-Za-z_][A-Za-z0-9_]{0,99}):(ASC|DESC|asc|desc)$/;
const ALLOWED_KEYS = new Set(['page', 'pageSize', 'sort']);
const MARK = '\u0000parent';

/** `{ $and: [x] }` as x, all the way down. */
function unwrapSingleAnd(tree: unknown): unknown {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return tree;
  const keys = Object.keys(tree);
  const and = (tree as Record<string, unknown>).$and;
  if (keys.length === 1 && keys[0] === '$and' && Array.isArray(and) && and.length === 1) return unwrapSingleAnd(and[0]);
  return tree;
}

/**
 * The one-parent list a content-manager list request asks for, or null when it asks for anything more.
 * `query` is the request's query string as the route guard leaves it (its filters taken out), `filters` the
 * filters the guard checked and scoped, `columns` the type's reference columns.
 */
export function oneParentListQuery(query: Record<string, unknown>, filters: unknown, columns: readonly ReferenceColumn[]): OneParentListQuery | null {
  if (Object.keys(query).some((key) => !ALLOWED_KEYS.has(key))) return null;
  const { page = '1', pageSize = '10' } = query;
  // the guard hands the sort on as a list (query-guard.ts guardSort)
  const sort = Array.isArray(query.sort) && query.sort.length === 1 ? query.sort[0] : query.sort;
  if (typeof page !== 'string' || typeof pageSize !== 'string' || typeof sort !== 'string') return null;
  if (!POSITIVE.test(page) || !POSITIVE.test(pageSize) || Number(pageSize) > MAX_PAGE_SIZE) return null;
  const sorted = SORT.exec(sort);
  if (!sorted) return null;

  const lookups = referenceLookups(filters, [...columns]);
  if (lookups.length !== 1) return null;
  const [lookup] = lookups;
  if (lookup.key !== 'documentId' || lookup.values.length !== 1 || typeof lookup.values[0] !== 'string') return null;
  const column = columns.find((candidate) => candidate.relation === lookup.relation)!;
  // nothing but that parent's condition: the filters rewritten on the reference column are that one condition
  const rewritten = unwrapSingleAnd(rewriteReferenceFilters(filters, [...columns], () => [MARK as unknown as number]));
  const expected = { [column.attribute]: { $in: [MARK] } };
  if (JSON.stringify(rewritten) !== JSON.stringify(expected)) return null;

  return {
    page: Number(page),
    pageSize: Number(pageSize),
    sort: { attribute: sorted[1], order: sorted[2].toLowerCase() as 'asc' | 'desc' },
    column,
    lookup: lookup as OneParentListQuery['lookup'],
  };
}

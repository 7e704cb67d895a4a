import { searchFieldsOf } from '../search/searchable-types';
import { AttributeInfo, ModelInfo, SchemaCatalog } from './catalog';
import { MessageCode, messageText } from '../domain/messages';

/**
 * Checks a content-manager query (filters, sort, _q) against what the caller may read, step by step
 * across relations, and refuses what it may not.
 *
 * Strapi checks a query's fields against the permissions of the queried type only, and asks "may this
 * user read field F of type T at all", not "of which records": once a relation field is readable,
 * `filters[counterparties][invoices][total][$gte]=…` becomes an oracle for hidden amounts. Here
 * - every step of a path must be a known field, readable on the type it is read on (else: refused);
 * - a step into a type the caller sees only in part carries the caller's visibility filter for that type,
 *   so the condition is evaluated over visible related records only; under `$not` such a step is refused
 *   (negation would turn the hidden records back into a signal);
 * - a sort may not step into such a type at all (an order over hidden values leaks them; refused);
 * - `_q` searches every text (and, for a number, every numeric) column of the type: when some of them
 *   is not readable, the search becomes an explicit filter over the readable ones.
 *
 * Plain logic: the caller supplies the catalog, a `canRead(uid, fieldPath)` test and a visibility lookup.
 */

export type Filters = Record<string, unknown>;

export interface QueryGuardContext {
  catalog: SchemaCatalog;
  /** whether the caller may read this field path ('name', 'lines.price') of a content type */
  canRead(uid: string, field: string): boolean;
  /** the caller's row filter for a type: `{}` every record, null none; omitted = every record */
  visibility?(uid: string): Filters | null;
}

/** Something in a query the caller may not ask: the path as sent and why (English `reason`, message `code`). */
export interface Refusal {
  path: string;
  reason: string;
  code: MessageCode;
}

const refusal = (path: string, code: MessageCode): Refusal => ({ path, reason: messageText(code, {}, 'en'), code });

/** Fields Strapi adds to every type and never puts under field permissions. */
export const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'createdBy', 'updatedBy']);
/** Relations to admin users that every record carries: only these of their columns may be filtered on. */
const CREATOR_FIELDS = new Set(['createdBy', 'updatedBy']);
const CREATOR_READABLE = new Set(['id', 'firstname', 'lastname']);

const LOGICAL = new Set(['$and', '$or']);
/** Strapi's attribute operators; anything else starting with `$` is refused. */
const OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull', '$between',
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Position {
  /** the content type whose permissions apply */
  uid: string;
  /** the model whose attributes are being read: the content type or a component inside it */
  model: ModelInfo;
  /** component path inside the content type ('lines.') */
  prefix: string;
}

interface Walk {
  ctx: QueryGuardContext;
  refused: Refusal[];
}

const rootPosition = (ctx: QueryGuardContext, uid: string): Position | null => {
  const model = ctx.catalog.contentTypes[uid];
  return model ? { uid, model, prefix: '' } : null;
};

function enter(ctx: QueryGuardContext, position: Position, key: string, attribute: AttributeInfo): Position | null {
  if (attribute.type === 'component' && attribute.component) {
    const component = ctx.catalog.components[attribute.component];
    return component ? { uid: position.uid, model: component, prefix: `${position.prefix}${key}.` } : null;
  }
  if (attribute.type === 'relation' && attribute.target) return rootPosition(ctx, attribute.target);
  return null;
}

/** 'all' | 'part' | 'none' of a type's records the caller sees. */
function reach(ctx: QueryGuardContext, uid: string): 'all' | 'part' | 'none' {
  const filter = ctx.visibility ? ctx.visibility(uid) : {};
  if (filter === null) return 'none';
  return Object.keys(filter).length === 0 ? 'all' : 'part';
}

/**
 * The filters with every relation step into a partly visible type scoped to the visible records, and
 * the refusals (unknown or unreadable fields, unknown operators, negated steps into partly visible types).
 */
export function guardFilters(filters: unknown, uid: string, ctx: QueryGuardContext): { filters: unknown; refused: Refusal[] } {
  const position = rootPosition(ctx, uid);
  const walk: Walk = { ctx, refused: [] };
  if (!position) return { filters, refused: [refusal('', 'query.unknownContentType')] };
  return { filters: guardNode(filters, position, walk, 'filters', false), refused: walk.refused };
}

function guardNode(node: unknown, position: Position, walk: Walk, path: string, negated: boolean): unknown {
  if (Array.isArray(node)) return node.map((item, index) => guardNode(item, position, walk, `${path}[${index}]`, negated));
  if (!isPlainObject(node)) return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) result[key] = guardEntry(key, value, position, walk, `${path}[${key}]`, negated);
  return result;
}

function refuse(walk: Walk, path: string, code: MessageCode): undefined {
  walk.refused.push(refusal(path, code));
  return undefined;
}

function guardOperand(key: string, value: unknown, walk: Walk, path: string): unknown {
  if (!OPERATORS.has(key)) return refuse(walk, path, 'query.unknownOperator');
  const scalars = Array.isArray(value) ? value : [value];
  if (scalars.some((item) => isPlainObject(item) || Array.isArray(item))) return refuse(walk, path, 'query.plainOperand');
  return value;
}

function guardCreator(value: unknown, walk: Walk, path: string): unknown {
  if (!isPlainObject(value)) return value;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) guardOperand(key, inner, walk, `${path}[${key}]`);
    else if (!CREATOR_READABLE.has(key)) refuse(walk, `${path}[${key}]`, 'query.userField');
    else if (isPlainObject(inner)) for (const [op, operand] of Object.entries(inner)) guardOperand(op, operand, walk, `${path}[${key}][${op}]`);
  }
  return value;
}

function guardEntry(key: string, value: unknown, position: Position, walk: Walk, path: string, negated: boolean): unknown {
  if (LOGICAL.has(key)) return guardNode(value, position, walk, path, negated);
  if (key === '$not') return guardNode(value, position, walk, path, !negated);
  if (key.startsWith('$')) return guardOperand(key, value, walk, path);
  if (CREATOR_FIELDS.has(key)) return guardCreator(value, walk, path);
  if (SYSTEM_FIELDS.has(key)) return isPlainObject(value) ? guardNode(value, position, walk, path, negated) : value;
  const attribute = position.model.attributes[key];
  if (!attribute) return refuse(walk, path, 'query.unknownField');
  if (attribute.type === 'component') {
    const inner = enter(walk.ctx, position, key, attribute);
    return inner ? guardNode(value, inner, walk, path, negated) : refuse(walk, path, 'query.unknownComponent');
  }
  if (!walk.ctx.canRead(position.uid, `${position.prefix}${key}`)) return refuse(walk, path, 'query.fieldNotReadable');
  if (attribute.type !== 'relation') return isPlainObject(value) ? guardNode(value, position, walk, path, negated) : value;

  const inner = enter(walk.ctx, position, key, attribute);
  if (!inner) return refuse(walk, path, 'query.outsideCrm');
  const scope = reach(walk.ctx, inner.uid);
  if (scope === 'none') return refuse(walk, path, 'query.relatedNotReadable');
  const guarded = isPlainObject(value) || Array.isArray(value) ? guardNode(value, inner, walk, path, negated) : { id: { $eq: value } };
  if (scope === 'all') return guarded;
  if (negated) return refuse(walk, path, 'query.negatedPartlyVisible');
  return { $and: [walk.ctx.visibility!(inner.uid), guarded] };
}

type SortDirection = string;

/** Every sort path of a Strapi sort param, as [path, direction] pairs. */
export function sortEntries(sort: unknown): Array<[string, SortDirection]> {
  if (sort === undefined || sort === null || sort === '') return [];
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [path, direction = 'asc'] = part.split(':');
        return [path, direction] as [string, string];
      });
  }
  if (Array.isArray(sort)) return sort.flatMap((item) => sortEntries(item));
  if (isPlainObject(sort)) {
    const entries: Array<[string, SortDirection]> = [];
    for (const [key, value] of Object.entries(sort)) {
      if (isPlainObject(value)) for (const [path, direction] of sortEntries(value)) entries.push([`${key}.${path}`, direction]);
      else entries.push([key, String(value)]);
    }
    return entries;
  }
  return [];
}

/** Why a dotted path may not be read or sorted by, or null when it may. */
export function pathRefusal(uid: string, path: string, ctx: QueryGuardContext, { sorting }: { sorting: boolean }): MessageCode | null {
  let position = rootPosition(ctx, uid);
  if (!position) return 'query.unknownContentType';
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i += 1) {
    const key = parts[i];
    const last = i === parts.length - 1;
    if (SYSTEM_FIELDS.has(key)) {
      if (CREATOR_FIELDS.has(key)) return last || (i === parts.length - 2 && CREATOR_READABLE.has(parts[i + 1])) ? null : 'query.userField';
      return last ? null : 'query.unknownField';
    }
    const attribute: AttributeInfo | undefined = position.model.attributes[key];
    if (!attribute) return 'query.unknownField';
    if (attribute.type !== 'component' && !ctx.canRead(position.uid, `${position.prefix}${key}`)) return 'query.fieldNotReadable';
    if (last) return null;
    const inner = enter(ctx, position, key, attribute);
    if (!inner) return attribute.type === 'relation' ? 'query.outsideCrm' : 'query.unknownField';
    if (attribute.type === 'relation') {
      const scope = reach(ctx, inner.uid);
      if (scope === 'none') return 'query.relatedNotReadable';
      if (scope === 'part' && sorting) return 'query.sortPartlyVisible';
    }
    position = inner;
  }
  return null;
}

/** Whether a dotted field path ('counterparty.manager.fullName') may be read from a content type. */
export function canReadPath(uid: string, path: string, ctx: QueryGuardContext): boolean {
  return pathRefusal(uid, path, ctx, { sorting: false }) === null;
}

const DIRECTIONS = new Set(['asc', 'desc']);

/** The sort param as a list of 'path:direction', and the refusals. */
export function guardSort(sort: unknown, uid: string, ctx: QueryGuardContext): { sort: string[]; refused: Refusal[] } {
  const refused: Refusal[] = [];
  const kept: string[] = [];
  for (const [path, direction] of sortEntries(sort)) {
    const code = DIRECTIONS.has(direction.toLowerCase()) ? pathRefusal(uid, path, ctx, { sorting: true }) : 'query.sortDirection';
    if (code) refused.push(refusal(`sort[${path}]`, code));
    else kept.push(`${path}:${direction}`);
  }
  return { sort: kept, refused };
}

const STRING_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'richtext']);
const NUMBER_TYPES = new Set(['biginteger', 'integer', 'decimal', 'float']);
const INTEGER_TYPES = new Set(['biginteger', 'integer']);

/**
 * What a `_q` search may stay: null when every column the database would search is readable (keep `_q`),
 * otherwise a filter over the readable searchable columns that replaces it.
 */
export function guardSearch(q: string, uid: string, ctx: QueryGuardContext): Record<string, unknown> | null {
  const model = ctx.catalog.contentTypes[uid];
  if (!model) return null;
  // A type with a search column is searched there (src/search): fine when every field it holds is readable.
  const searchFields = searchFieldsOf(uid);
  if (searchFields && searchFields.every((field) => ctx.canRead(uid, field))) return null;
  const numeric = q.trim() !== '' && !Number.isNaN(Number(q));
  // an integer column compared with 777.77 is an error on PostgreSQL, not a miss
  const fits = (type: string) => !INTEGER_TYPES.has(type) || Number.isInteger(Number(q));
  const searchable = ([, attribute]: [string, AttributeInfo]) =>
    STRING_TYPES.has(attribute.type) || (numeric && NUMBER_TYPES.has(attribute.type) && fits(attribute.type));
  const searched = [...Object.entries(model.attributes), ...Object.entries(model.hidden ?? {})].filter(searchable);
  const readable = searched.filter(([name]) => !model.hidden?.[name] && ctx.canRead(uid, name));
  if (readable.length === searched.length) return null;
  const clauses: Record<string, unknown>[] = readable.map(([name, attribute]) =>
    NUMBER_TYPES.has(attribute.type) ? { [name]: { $eq: Number(q) } } : { [name]: { $containsi: q } },
  );
  if (numeric && Number.isInteger(Number(q))) clauses.push({ id: { $eq: Number(q) } });
  return clauses.length > 0 ? { $or: clauses } : { id: { $null: true } };
}

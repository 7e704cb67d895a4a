import { AttributeInfo, ModelInfo, SchemaCatalog } from './catalog';

/**
 * Keeps a content-manager query (filters, sort, _q) inside what the caller may read, across relations.
 *
 * Strapi checks a query's fields against the permissions of the queried type only: once a relation field
 * is readable, filters and sorts may walk through it into any field of the target type, and the content
 * manager even populates what the filters walk through. So `filters[counterparty][invoices][total][$gt]=0`
 * on a readable type would both reveal and return invoice totals. Here every step of a path must be
 * readable on the type it is read on. `_q` searches every text (and, for a number, every numeric) column,
 * readable or not; when some searchable column is not readable, the search becomes an explicit filter
 * over the readable ones.
 *
 * Plain logic: the caller supplies the catalog and a `canRead(uid, fieldPath)` test.
 */

export interface QueryGuardContext {
  catalog: SchemaCatalog;
  /** whether the caller may read this field path ('name', 'lines.price') of a content type */
  canRead(uid: string, field: string): boolean;
}

/** Fields Strapi adds to every type and never puts under field permissions. */
export const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'createdBy', 'updatedBy']);

const LOGICAL = new Set(['$and', '$or']);

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

function attributeOf(position: Position, key: string): AttributeInfo | undefined {
  return position.model.attributes[key];
}

function enter(ctx: QueryGuardContext, position: Position, key: string, attribute: AttributeInfo): Position | null {
  if (attribute.type === 'component' && attribute.component) {
    const component = ctx.catalog.components[attribute.component];
    return component ? { uid: position.uid, model: component, prefix: `${position.prefix}${key}.` } : null;
  }
  if (attribute.type === 'relation' && attribute.target) {
    const target = ctx.catalog.contentTypes[attribute.target];
    return target ? { uid: attribute.target, model: target, prefix: '' } : null;
  }
  return null;
}

/**
 * A filters object with every clause the caller may not read removed (as Strapi removes disallowed
 * root fields). Returns undefined when nothing is left.
 */
export function guardFilters(filters: unknown, uid: string, ctx: QueryGuardContext): unknown {
  const model = ctx.catalog.contentTypes[uid];
  if (!model) return filters;
  return guardNode(filters, { uid, model, prefix: '' }, ctx);
}

function guardNode(node: unknown, position: Position, ctx: QueryGuardContext): unknown {
  if (Array.isArray(node)) {
    const kept = node.map((item) => guardNode(item, position, ctx)).filter((item) => item !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  if (!isPlainObject(node)) return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const kept = guardEntry(key, value, position, ctx);
    if (kept !== undefined) result[key] = kept;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function guardEntry(key: string, value: unknown, position: Position, ctx: QueryGuardContext): unknown {
  if (LOGICAL.has(key) || key === '$not') return guardNode(value, position, ctx);
  // an operator on the current field ($eq, $null, ...): the field itself was checked one level up
  if (key.startsWith('$')) return value;
  if (SYSTEM_FIELDS.has(key)) return value;
  const attribute = attributeOf(position, key);
  // unknown keys are left to Strapi's validation, which rejects them
  if (!attribute) return value;
  const path = `${position.prefix}${key}`;
  if (attribute.type === 'component') {
    const inner = enter(ctx, position, key, attribute);
    return inner ? guardNode(value, inner, ctx) : undefined;
  }
  if (!ctx.canRead(position.uid, path)) return undefined;
  if (attribute.type === 'relation') {
    const inner = enter(ctx, position, key, attribute);
    // targets outside the catalog (admin users, files) are sanitized by Strapi itself
    if (!inner) return value;
    return isPlainObject(value) || Array.isArray(value) ? guardNode(value, inner, ctx) : value;
  }
  return value;
}

/** Whether a dotted field path ('counterparty.manager.fullName') may be read from a content type. */
export function canReadPath(uid: string, path: string, ctx: QueryGuardContext): boolean {
  const model = ctx.catalog.contentTypes[uid];
  if (!model) return true;
  let position: Position = { uid, model, prefix: '' };
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i += 1) {
    const key = parts[i];
    if (SYSTEM_FIELDS.has(key)) return true;
    const attribute = attributeOf(position, key);
    if (!attribute) return true; // left to Strapi's validation
    if (attribute.type !== 'component' && !ctx.canRead(position.uid, `${position.prefix}${key}`)) return false;
    if (i === parts.length - 1) return true;
    const inner = enter(ctx, position, key, attribute);
    if (!inner) return attribute.type === 'relation'; // past the catalog: Strapi's own sanitizing applies
    position = inner;
  }
  return true;
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

/** The sort param without the paths the caller may not read, as a list of 'path:direction'. */
export function guardSort(sort: unknown, uid: string, ctx: QueryGuardContext): string[] | undefined {
  const entries = sortEntries(sort);
  const kept = entries.filter(([path]) => canReadPath(uid, path, ctx)).map(([path, direction]) => `${path}:${direction}`);
  return kept.length > 0 ? kept : undefined;
}

const STRING_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'richtext']);
const NUMBER_TYPES = new Set(['biginteger', 'integer', 'decimal', 'float']);

/**
 * What a `_q` search may stay: null when every column the database would search is readable (keep `_q`),
 * otherwise a filter over the readable searchable columns that replaces it.
 */
export function guardSearch(q: string, uid: string, ctx: QueryGuardContext): Record<string, unknown> | null {
  const model = ctx.catalog.contentTypes[uid];
  if (!model) return null;
  const numeric = q.trim() !== '' && !Number.isNaN(Number(q));
  const searched = Object.entries(model.attributes).filter(
    ([, attribute]) => STRING_TYPES.has(attribute.type) || (numeric && NUMBER_TYPES.has(attribute.type)),
  );
  const readable = searched.filter(([name]) => ctx.canRead(uid, name));
  if (readable.length === searched.length) return null;
  const clauses: Record<string, unknown>[] = readable.map(([name, attribute]) =>
    NUMBER_TYPES.has(attribute.type) ? { [name]: { $eq: Number(q) } } : { [name]: { $containsi: q } },
  );
  if (numeric && Number.isInteger(Number(q))) clauses.push({ id: { $eq: Number(q) } });
  return clauses.length > 0 ? { $or: clauses } : { id: { $null: true } };
}

import { AttributeInfo, ModelInfo, SchemaCatalog } from './catalog';
import { SYSTEM_FIELDS } from './query-guard';

/**
 * Trims related records inside a content-manager response to what the caller may read.
 *
 * The content manager sanitizes a response by the permissions of the requested type only; the related
 * records it populates (a list's to-one relations, the paths ownership conditions walk through) come
 * back whole. Here every populated related record of a catalog type
 * - that the caller may not see (a row outside their conditions, or a type they cannot read) shrinks to
 *   its ids, as Strapi's own relation endpoint shows records you may not read;
 * - otherwise keeps only the fields the caller may read on that type (money stays hidden from whom it is hidden).
 *
 * Plain logic: the caller supplies the catalog, a field test and a batched row-visibility lookup.
 */

export type Id = number | string;

export interface ResponseGuardContext {
  catalog: SchemaCatalog;
  canRead(uid: string, field: string): boolean;
  /** the ids among `ids` of rows of `uid` the caller may read */
  visibleIds(uid: string, ids: Id[]): Promise<Set<Id>>;
  /** also check the response's own records: drop the ones the caller may not see, trim their fields */
  dropHidden?: boolean;
  /**
   * the response's own records were read through the caller's visibility (a content-manager list: Strapi
   * adds the permission conditions to its query), so only their fields are trimmed, without asking again
   */
  rootsVisible?: boolean;
}

type Entity = Record<string, unknown>;

const isEntity = (value: unknown): value is Entity => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `{ count: n }` stands for a relation counted, not populated */
const isCount = (value: Entity) => 'count' in value && !('id' in value);

interface Visit {
  uid: string;
  entity: Entity;
}

/** Calls `visit` for every populated related record (not the roots), depth first. */
function eachRelated(catalog: SchemaCatalog, model: ModelInfo, entity: Entity, visit: (v: Visit) => void): void {
  for (const [key, value] of Object.entries(entity)) {
    const attribute: AttributeInfo | undefined = model.attributes[key];
    if (!attribute || value === null || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    if (attribute.type === 'relation' && attribute.target && catalog.contentTypes[attribute.target]) {
      const target = catalog.contentTypes[attribute.target];
      for (const item of items) {
        if (!isEntity(item) || isCount(item)) continue;
        visit({ uid: attribute.target, entity: item });
        eachRelated(catalog, target, item, visit);
      }
    } else if (attribute.type === 'component' && attribute.component && catalog.components[attribute.component]) {
      for (const item of items) if (isEntity(item)) eachRelated(catalog, catalog.components[attribute.component], item, visit);
    }
  }
}

/** Who created or changed a record: a name, never the admin account behind it (e-mail, flags, tokens). */
const CREATOR_FIELDS = new Set(['createdBy', 'updatedBy']);
const CREATOR_KEYS = ['id', 'firstname', 'lastname', 'username'];
const creatorOnly = (user: Entity): Entity => Object.fromEntries(CREATOR_KEYS.filter((key) => key in user).map((key) => [key, user[key]]));

function idsOnly(entity: Entity): Entity {
  const trimmed: Entity = {};
  for (const key of ['id', 'documentId']) if (key in entity) trimmed[key] = entity[key];
  return trimmed;
}

/** The record with the fields the caller may not read removed, related records handled recursively. */
function trim(ctx: ResponseGuardContext, visible: Map<string, Set<Id>>, uid: string, model: ModelInfo, prefix: string, entity: Entity, isRoot: boolean): Entity {
  const result: Entity = {};
  for (const [key, value] of Object.entries(entity)) {
    const attribute = model.attributes[key];
    if (model.hidden?.[key]) continue;
    if (CREATOR_FIELDS.has(key)) {
      result[key] = isEntity(value) ? creatorOnly(value) : value;
      continue;
    }
    if (!attribute || SYSTEM_FIELDS.has(key) || key === '__component') {
      result[key] = value;
      continue;
    }
    const path = `${prefix}${key}`;
    if (attribute.type === 'component' && attribute.component && ctx.catalog.components[attribute.component]) {
      const component = ctx.catalog.components[attribute.component];
      const map = (item: unknown) => (isEntity(item) ? trim(ctx, visible, uid, component, `${path}.`, item, isRoot) : item);
      result[key] = Array.isArray(value) ? value.map(map) : map(value);
      continue;
    }
    // without dropHidden the root record's own fields are left as the content manager sanitized them
    if (!isRoot && !ctx.canRead(uid, path)) continue;
    if (attribute.type === 'relation' && attribute.target && ctx.catalog.contentTypes[attribute.target]) {
      const target = attribute.target;
      const map = (item: unknown) => {
        if (!isEntity(item) || isCount(item)) return item;
        if (!visible.get(target)?.has(item.id as Id)) return idsOnly(item);
        return trim(ctx, visible, target, ctx.catalog.contentTypes[target], '', item, false);
      };
      result[key] = Array.isArray(value) ? value.map(map) : map(value);
      continue;
    }
    result[key] = value;
  }
  return result;
}

/** The response records (`data` of one, `results` of a list) of type `uid`, trimmed. */
export async function guardRecords(records: Entity[], uid: string, ctx: ResponseGuardContext): Promise<Entity[]> {
  const model = ctx.catalog.contentTypes[uid];
  if (!model) return records;
  const wanted = new Map<string, Set<Id>>();
  for (const record of records) {
    eachRelated(ctx.catalog, model, record, ({ uid: related, entity }) => {
      if (entity.id === undefined || entity.id === null) return;
      if (!wanted.has(related)) wanted.set(related, new Set());
      wanted.get(related)!.add(entity.id as Id);
    });
  }
  const checkRoots = ctx.dropHidden && !ctx.rootsVisible;
  if (checkRoots) {
    const roots = records.map((record) => record.id).filter((id): id is Id => id !== undefined && id !== null);
    wanted.set(uid, new Set([...(wanted.get(uid) ?? []), ...roots]));
  }
  const visible = new Map<string, Set<Id>>();
  for (const [related, ids] of wanted) visible.set(related, await ctx.visibleIds(related, [...ids]));
  const shown = checkRoots ? records.filter((record) => record.id === undefined || record.id === null || visible.get(uid)?.has(record.id as Id)) : records;
  return shown.map((record) => trim(ctx, visible, uid, model, '', record, !ctx.dropHidden));
}

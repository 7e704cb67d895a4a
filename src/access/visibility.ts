import type { Core } from '@strapi/strapi';
import { CM_ACTION } from './uids';

/**
 * What an admin user may see, from their real RBAC ability (roles, permissions, ownership conditions).
 * One module for every read path: the content-manager guard uses it, and so should reports, the inbox,
 * exports and any custom admin route.
 *
 *   const filter = await visibleFilter(strapi, ctx.state.user, 'api::counterparty.counterparty');
 *   if (filter === null) return [];                      // nothing visible
 *   strapi.documents(uid).findMany({ filters: andFilters(myFilters, filter) });
 *   strapi.db.query(uid).findMany({ where: toWhere(strapi, uid, andFilters(myFilters, filter)) });
 */

export const READ = CM_ACTION.read;

/** A filters object (document-service `filters` syntax); `{}` means every record. */
export type Filters = Record<string, unknown>;

type Ability = any;
type AdminUser = { id: number | string; [key: string]: unknown };

export interface Visibility {
  ability: Ability;
  /** filters selecting the records the user may act on with `action`, `{}` for all, null for none */
  filter(uid: string, action?: string): Filters | null;
  /** the fields the user may read (or act on) of a content type; null = the type is not allowed at all */
  fields(uid: string, action?: string): string[] | null;
  /** whether the user may do `action` on the type (any record), or on one field of it */
  can(uid: string, field?: string, action?: string): boolean;
}

function permissionService(strapi: Core.Strapi): any {
  return strapi.service('admin::permission');
}

/** The user's ability as the admin panel builds it for every request (roles merged, conditions evaluated). */
export async function abilityOf(strapi: Core.Strapi, adminUser: AdminUser): Promise<Ability> {
  if (!adminUser || adminUser.id === undefined || adminUser.id === null) throw new Error('visibility: an admin user with an id is required');
  return permissionService(strapi).engine.generateUserAbility(adminUser);
}

/** The filters an ability allows for an action on a type: `{}` all, null none. Synchronous. */
export function filterFromAbility(strapi: Core.Strapi, ability: Ability, uid: string, action: string = READ): Filters | null {
  const manager = permissionService(strapi).createPermissionsManager({ ability, action, model: uid });
  const query = manager.getQuery(action);
  return query === null || query === undefined ? null : (query as Filters);
}

/** Field paths an ability allows for an action on a type (null = not allowed at all): the union over its rules. */
export function fieldsFromAbility(strapi: Core.Strapi, ability: Ability, uid: string, action: string = READ): string[] | null {
  const rules: any[] = ability.rulesFor(action, uid).filter((rule: any) => !rule.inverted);
  if (rules.length === 0) return null;
  if (rules.some((rule) => !rule.fields)) return allFieldPaths(strapi, strapi.getModel(uid as any));
  return [...new Set(rules.flatMap((rule) => rule.fields as string[]))];
}

function allFieldPaths(strapi: Core.Strapi, model: any): string[] {
  const contentTypeService: any = strapi.service('admin::content-type');
  if (typeof contentTypeService?.getNestedFields === 'function') {
    return contentTypeService.getNestedFields(model, { components: strapi.components });
  }
  return Object.keys(model?.attributes ?? {});
}

export function visibilityFromAbility(strapi: Core.Strapi, ability: Ability): Visibility {
  return {
    ability,
    filter: (uid, action = READ) => filterFromAbility(strapi, ability, uid, action),
    fields: (uid, action = READ) => fieldsFromAbility(strapi, ability, uid, action),
    can: (uid, field, action = READ) => (field ? ability.can(action, uid, field) : ability.can(action, uid)),
  };
}

/** Everything about one user's visibility; build once per request and reuse. */
export async function visibilityFor(strapi: Core.Strapi, adminUser: AdminUser): Promise<Visibility> {
  return visibilityFromAbility(strapi, await abilityOf(strapi, adminUser));
}

/**
 * The filter to AND into any query of `uid` so that it returns only what `adminUser` may see
 * (`{}` = everything), or null when they may see nothing of it.
 */
export async function visibleFilter(strapi: Core.Strapi, adminUser: AdminUser, uid: string, action: string = READ): Promise<Filters | null> {
  return filterFromAbility(strapi, await abilityOf(strapi, adminUser), uid, action);
}

/** ANDs filters together, skipping empty ones (`{}`, undefined). */
export function andFilters(...parts: Array<Filters | null | undefined>): Filters {
  const present = parts.filter((part): part is Filters => !!part && Object.keys(part).length > 0);
  if (present.length === 0) return {};
  if (present.length === 1) return present[0];
  return { $and: present };
}

/** Document-service filters as a `strapi.db.query(uid)` where clause. */
export function toWhere(strapi: Core.Strapi, uid: string, filters: Filters): Record<string, unknown> {
  const transformed: any = (strapi.get('query-params') as any).transform(uid, { filters });
  return transformed.where ?? {};
}

/**
 * Which `uid` records the caller may read, for hand-written SQL: 'all' (nothing to test), 'none', or a
 * subquery of their ids through the caller's visibility (Strapi's query builder, as every other read).
 * `sameIdAs` makes it the ids equal to that outer column only (a correlated subquery for `exists`): the
 * database then tests each outer row by its key instead of listing every record the caller may read.
 */
export function readableIdsSubquery(strapi: Core.Strapi, visibility: Pick<Visibility, 'filter'>, uid: string, sameIdAs?: string): 'all' | 'none' | any {
  const readable = visibility.filter(uid);
  if (readable === null) return 'none';
  if (Object.keys(readable).length === 0) return 'all';
  const builder = (strapi.db as any).entityManager.createQueryBuilder(uid).init({ where: toWhere(strapi, uid, readable), select: ['id'] });
  // the subquery's own alias would shadow the outer one, and the test would compare a row with itself
  if (sameIdAs && sameIdAs.split('.')[0] === builder.alias) throw new Error(`readableIdsSubquery: the outer table may not be named ${builder.alias}, as the subquery's own`);
  // a relation in the condition makes the builder DISTINCT with its ORDER BY columns in the list: one id column only
  const query = builder.getKnexQuery().clearSelect().clearOrder();
  if (sameIdAs) query.where(`${builder.alias}.id`, strapi.db.connection.ref(sameIdAs));
  return builder.shouldUseDistinct() ? query.distinct(`${builder.alias}.id`) : query.select(`${builder.alias}.id`);
}

/** The row id of one document of `uid` when the caller may see it, else null (hidden and unknown alike). */
export async function visibleRowId(strapi: Core.Strapi, visibility: Visibility, uid: string, documentId: string): Promise<number | null> {
  const filter = visibility.filter(uid);
  if (filter === null) return null;
  const row: any = await strapi.db.query(uid as any).findOne({ where: toWhere(strapi, uid, andFilters({ documentId }, filter)), select: ['id'] });
  return row?.id ?? null;
}

/** Which of the given row ids of `uid` the ability lets its user read. */
export async function visibleIdsFromAbility(strapi: Core.Strapi, ability: Ability, uid: string, ids: Array<number | string>): Promise<Set<number | string>> {
  if (ids.length === 0) return new Set();
  const filter = filterFromAbility(strapi, ability, uid);
  if (filter === null) return new Set();
  if (Object.keys(filter).length === 0) return new Set(ids);
  const rows = await strapi.db.query(uid as any).findMany({
    where: toWhere(strapi, uid, andFilters({ id: { $in: ids } }, filter)),
    select: ['id'],
  });
  return new Set(rows.map((row: any) => row.id));
}

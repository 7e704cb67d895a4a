import { contextSlot } from '../context/context-slot';
import type { Core } from '@strapi/strapi';
import { normalizeSearchQuery, swapPickerCondition } from '../domain/search';
import { adminRoutes, placeRouteMiddleware } from '../access/admin-route-guard';
import { CM_ACTION } from '../access/uids';
import { Filters } from '../access/visibility';
import { searchFilter } from './search-clause';
import { searchableTypes, searchFieldsOf } from './searchable-types';

/**
 * The relation picker (GET /content-manager/relations/:model/:field?_q=) searches like the list: through
 * the target's normalized search column, so "кластех", "097 835 90 59", an ЄДРПОУ, an e-mail or an IBAN
 * find a counterparty or a contact person there too. Strapi's picker handler reads the target straight from
 * the database (`strapi.db.query(target).findPage`), past every document middleware, with one condition
 * `{ <main field>: { $containsi: _q } }` (a case-sensitive LIKE for Cyrillic on SQLite). A route middleware
 * marks the request (the target, the typed text and its search condition), and a database lifecycle of
 * the target swaps that one condition for the search condition in the page's query and its count; every
 * other condition (the caller's visibility, the records already linked) stays as Strapi built it.
 * Only when the caller may read every field the column holds, as for the list (query-guard.ts): the
 * column must not answer for a field they cannot read; otherwise Strapi's main-field search stays.
 */
interface PickerSearch {
  uid: string;
  typed: string;
  match: Filters;
}

const marked = contextSlot<PickerSearch>('picker search');

function relationTarget(strapi: Core.Strapi, model: string, field: string): string | undefined {
  const attribute: any = (strapi.getModel(model as any) as any)?.attributes?.[field];
  return attribute?.type === 'relation' ? attribute.target : undefined;
}

function pickerSearchMiddleware(strapi: Core.Strapi) {
  return async (ctx: any, next: () => Promise<unknown>) => {
    const { model, targetField } = ctx.params ?? {};
    const typed = ctx.query?._q;
    const ability = ctx.state?.userAbility;
    const target = model && targetField ? relationTarget(strapi, model, targetField) : undefined;
    const fields = target ? searchFieldsOf(target) : undefined;
    if (!ability || !target || !fields || typeof typed !== 'string' || typed === '') return next();
    if (!fields.every((field) => ability.can(CM_ACTION.read, target, field))) return next();
    const query = normalizeSearchQuery(typed);
    if (query === '') return next();
    const match = await searchFilter(strapi, target, query, ability);
    return marked.run({ uid: target, typed, match }, next);
  };
}

function rewrite(event: any): void {
  const search = marked.get();
  if (!search || event.model?.uid !== search.uid || !event.params?.where) return;
  event.params.where = swapPickerCondition(event.params.where, search.typed, search.match);
}

/** Adds a route middleware to the relation picker's route (register(), before the routes are built). */
export function addPickerMiddleware(strapi: Core.Strapi, name: string, middleware: (...args: any[]) => unknown): void {
  for (const { name: routeName, route } of adminRoutes(strapi)) {
    if (routeName === 'content-manager.relations.findAvailable') placeRouteMiddleware(route, name, middleware, 'last');
  }
}

/** register(): the picker's route middleware, before the routes are built. */
export function registerPickerSearch(strapi: Core.Strapi): void {
  addPickerMiddleware(strapi, 'picker-search', pickerSearchMiddleware(strapi));
}

/** bootstrap(): the lifecycle that applies it (the database exists from bootstrap on). */
export function subscribePickerSearch(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: searchableTypes().map(({ uid }) => uid),
    beforeFindMany: rewrite,
    beforeCount: rewrite,
  } as any);
}

import type { Core } from '@strapi/strapi';
import { andFilters, toWhere, visibleIdsFromAbility, Visibility } from '../../../../access/visibility';
import { filtersOf, listLink, ListQuery } from '../../../../domain/workspace';

/**
 * Reads for the home page through the caller's visibility (the same ownership rules as the content
 * manager's lists), so a figure counts exactly the rows its list shows that person.
 */

/** A number on the home page and the list it stands for; `count` null when the caller may not see that list. */
export interface Figure {
  count: number | null;
  link: string;
}

function visibleWhere(strapi: Core.Strapi, visibility: Visibility, query: ListQuery): Record<string, unknown> | null {
  const mayRead = visibility.filter(query.uid);
  if (mayRead === null) return null;
  return toWhere(strapi, query.uid, andFilters(filtersOf(query), mayRead));
}

export async function figureOf(strapi: Core.Strapi, visibility: Visibility, query: ListQuery): Promise<Figure> {
  const where = visibleWhere(strapi, visibility, query);
  const count = where === null ? null : Number(await strapi.db.query(query.uid as any).count({ where }));
  return { count, link: listLink(query) };
}

export interface ReadOptions {
  /** own fields wanted; the ones the caller may not read are left out of the rows */
  fields: readonly string[];
  /** related records wanted, by the field that shows them: `{ counterparty: 'name' }` */
  relations?: Readonly<Record<string, string>>;
  /** at most this many rows (all when omitted) */
  limit?: number;
}

type Row = Record<string, any>;

function orderOf(sort: string): Array<Record<string, 'asc' | 'desc'>> {
  const [field, direction] = sort.split(':');
  const order = direction?.toUpperCase() === 'DESC' ? 'desc' : 'asc';
  return [{ [field]: order }, { id: order }];
}

/**
 * A related record shows only if the caller may read the relation field, the record itself and its field
 * (a colleague's interaction may name a client of another department: that name stays hidden). It keeps its
 * row id for grouping (whereabouts per employee); the routes answer with the domain's items, which drop it.
 */
async function keepVisibleRelations(strapi: Core.Strapi, visibility: Visibility, uid: string, rows: Row[], relations: Readonly<Record<string, string>>): Promise<void> {
  const attributes: Record<string, any> = (strapi.getModel(uid as any) as any).attributes;
  for (const [relation, field] of Object.entries(relations)) {
    const target: string = attributes[relation].target;
    const readable = visibility.can(uid, relation) && visibility.can(target, field);
    const ids = readable ? rows.map((row) => row[relation]?.id).filter((id) => id !== undefined) : [];
    const visible = await visibleIdsFromAbility(strapi, visibility.ability, target, ids);
    for (const row of rows) {
      const related = row[relation];
      row[relation] = related && visible.has(related.id) ? { id: related.id, [field]: related[field] ?? null } : null;
    }
  }
}

/** Rows of a figure's list the caller may see, with only the fields they may read; null when they may see none of the list. */
export async function readVisible(strapi: Core.Strapi, visibility: Visibility, query: ListQuery, options: ReadOptions): Promise<Row[] | null> {
  const where = visibleWhere(strapi, visibility, query);
  if (where === null) return null;
  const fields = options.fields.filter((field) => visibility.can(query.uid, field));
  const relations = options.relations ?? {};
  const rows: Row[] = await strapi.db.query(query.uid as any).findMany({
    where,
    select: ['id', 'documentId', ...fields],
    populate: Object.fromEntries(Object.entries(relations).map(([relation, field]) => [relation, { select: ['id', field] }])),
    orderBy: orderOf(query.sort),
    ...(options.limit ? { limit: options.limit } : {}),
  });
  await keepVisibleRelations(strapi, visibility, query.uid, rows, relations);
  return rows;
}

/** Whether the caller may see amounts of a type: every given money field readable. */
export function seesMoney(visibility: Visibility, uid: string, ...fields: string[]): boolean {
  return fields.every((field) => visibility.can(uid, field));
}

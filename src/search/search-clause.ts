import type { Core } from '@strapi/strapi';
import { looksLikeContactDetail } from '../domain/search';
import { andFilters, filterFromAbility, Filters, toWhere } from '../access/visibility';
import { CM_ACTION, UID } from '../access/uids';
import { SEARCH_ATTRIBUTE } from './searchable-types';

/**
 * Records found through another type's search column: a counterparty by the phone or e-mail of one of its
 * contact persons. Looked up first (an indexed match on the contact persons' own column) and added as ids,
 * so the counterparty list's match stays one indexed condition instead of a join every row must pass.
 */
interface LinkedSearch {
  /** the relation of the searched type that leads to the linked records */
  relation: string;
  target: string;
  /** the linked records' field pointing back */
  back: string;
  /** the target's fields the caller must be able to read for the link to count */
  fields: readonly string[];
}

const LINKED: Readonly<Record<string, LinkedSearch>> = {
  [UID.counterparty]: { relation: 'contactPersons', target: UID.contactPerson, back: 'counterparty', fields: ['phone', 'email'] },
};

/** A phone fragment shared by more contact persons than this names nobody in particular: the rest are left out. */
const LINKED_LIMIT = 500;

/** A search matching at most this many records is read as their ids first (see ownMatch). */
export const MATCH_FIRST_LIMIT = 1000;

/**
 * The condition a normalized query puts on a searchable type's own search column. A list is read in its
 * sort order (names A to Я) with the match checked row by row: quick for a common word, whose matches are
 * everywhere, but a rare one makes PostgreSQL walk a million names to find ten. So the matches are read
 * first, unordered, from the trigram index: a few become an id list the page is sorted from; more than
 * MATCH_FIRST_LIMIT are common enough for the sort-order walk to meet them early, and stay a condition.
 */
async function ownMatch(strapi: Core.Strapi, uid: string, query: string): Promise<Filters> {
  const contains = { [SEARCH_ATTRIBUTE]: { $contains: query } };
  const matches = (strapi.db as any).entityManager
    .createQueryBuilder(uid)
    .init({ where: toWhere(strapi, uid, contains), select: ['id'], limit: MATCH_FIRST_LIMIT + 1 })
    .getKnexQuery()
    .clearOrder();
  const rows: Array<{ id: number }> = await matches;
  return rows.length > MATCH_FIRST_LIMIT ? contains : { id: { $in: rows.map((row) => Number(row.id)) } };
}

/** The conditions a normalized query puts on a searchable type: its own column, or its id for a whole number. */
export async function ownSearchClauses(strapi: Core.Strapi, uid: string, query: string): Promise<Filters[]> {
  const clauses: Filters[] = [await ownMatch(strapi, uid, query)];
  if (/^\d+$/.test(query) && query.length < 10) clauses.push({ id: Number(query) });
  return clauses;
}

/**
 * Ids of `uid` records linked to records whose search column holds the query (a counterparty of a contact
 * person with that phone), as `ability` may see them: the link counts only when it may read the relation
 * and the linked fields, and only visible linked records count. Without an ability (system work, the
 * content API) nothing is linked: a token's rights are not checked here.
 */
async function linkedIds(strapi: Core.Strapi, uid: string, query: string, ability: any | null): Promise<number[]> {
  const linked = LINKED[uid];
  if (!linked || !ability || !looksLikeContactDetail(query)) return [];
  const readable =
    ability.can(CM_ACTION.read, uid, linked.relation) && linked.fields.every((field) => ability.can(CM_ACTION.read, linked.target, field));
  const visible = readable ? filterFromAbility(strapi, ability, linked.target) : null;
  if (visible === null) return [];
  const rows: any[] = await strapi.db.query(linked.target as any).findMany({
    where: toWhere(strapi, linked.target, andFilters({ [SEARCH_ATTRIBUTE]: { $contains: query } }, visible)),
    select: ['id'],
    populate: { [linked.back]: { select: ['id'] } },
    limit: LINKED_LIMIT,
  });
  return [...new Set(rows.map((row) => row[linked.back]?.id).filter((id): id is number => typeof id === 'number'))];
}

/** Every condition a normalized query puts on a searchable type, ORed: its own column, its id, linked records. */
export async function searchFilter(strapi: Core.Strapi, uid: string, query: string, ability: any | null): Promise<Filters> {
  const clauses = await ownSearchClauses(strapi, uid, query);
  const ids = await linkedIds(strapi, uid, query, ability);
  if (ids.length > 0) clauses.push({ id: { $in: ids } });
  return { $or: clauses };
}

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

/** The condition a normalized query puts on a searchable type: a substring of its search column, or its id. */
export function ownSearchClauses(query: string): Filters[] {
  const clauses: Filters[] = [{ [SEARCH_ATTRIBUTE]: { $contains: query } }];
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
  const clauses = ownSearchClauses(query);
  const ids = await linkedIds(strapi, uid, query, ability);
  if (ids.length > 0) clauses.push({ id: { $in: ids } });
  return { $or: clauses };
}

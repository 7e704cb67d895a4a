import type { Core } from '@strapi/strapi';
import { referenceColumnName } from '../access/access-columns';
import { andFilters, Filters, readableIdsSubquery, toWhere, Visibility } from '../access/visibility';
import { CLOSED_REQUEST_STATES, OPEN_REQUEST_STATES } from '../domain/inbox';
import { reachesToMany } from '../domain/lists/filter-joins';
import { COUNTERPARTY, INBOUND_REQUEST, NOTIFICATION } from './uids';

/**
 * The inbox's SQL, built once per caller and kept with their ability. The menu's counter and the inbox page
 * are asked for again and again by the same person, and building their reads through the query engine and
 * knex (filters transformed, the caller's rule turned into conditions, identifiers wrapped) cost more of the
 * server's CPU than running them. What a person's reads are depends only on their rights and who they are
 * (their employee row): both are fixed for the life of their ability, which is replaced when anything about
 * their access changes (cached-authentication.ts). The time, the page's stretches and the number of
 * notifications are bound at each call. The texts themselves hold no value (every value is a binding), so
 * people of the same role share one named prepared statement on PostgreSQL.
 *
 * Three statements a page instead of six: the counter's figures with the unread notifications, the page's two
 * stretches (unread, read) with each request's client, and the notifications.
 */

export type InboxStateFilter = 'open' | 'closed' | 'all';

interface KeptSql {
  sql: string;
  bindings: unknown[];
}

/** A statement whose values come partly from the caller's kept text, partly from the call. */
type Statement<Arguments extends unknown[]> = (...values: Arguments) => KeptSql;

export interface InboxStatements {
  /** total, seen, overdue (marked, or due by `now`) of the open requests; unreadNotifications */
  figures: Statement<[now: Date]>;
  /** the open requests' page: the unread stretch, then the read one ([offset, limit] each, limit 0 for none) */
  openPage: Statement<[unread: [number, number], read: [number, number]]>;
  /** closed or all requests, one stretch */
  page: (state: 'closed' | 'all') => Statement<[offset: number, limit: number]>;
  count: (state: 'closed' | 'all') => KeptSql;
  notifications: Statement<[limit: number]>;
}

export const REQUEST_LIST_FIELDS = ['id', 'documentId', 'receivedAt', 'channel', 'callerName', 'organizationName', 'subject', 'urgency', 'state', 'readAt', 'dueAt', 'overdue', 'flagged', 'routingReason'] as const;
export const NOTIFICATION_LIST_FIELDS = ['documentId', 'kind', 'title', 'body', 'link', 'readAt', 'createdAt'] as const;

const STATES: Record<InboxStateFilter, readonly string[] | null> = { open: OPEN_REQUEST_STATES, closed: CLOSED_REQUEST_STATES, all: null };

const keptByAbility = new WeakMap<object, Map<string, InboxStatements>>();

/** The caller's inbox statements, built at their first use and kept with their ability. */
export function inboxStatements(strapi: Core.Strapi, visibility: Visibility, me: { id: number }): InboxStatements {
  const ability = visibility.ability;
  if (ability === null || typeof ability !== 'object') return buildStatements(strapi, visibility, me);
  let kept = keptByAbility.get(ability);
  if (!kept) keptByAbility.set(ability, (kept = new Map()));
  let statements = kept.get(String(me.id));
  if (!statements) kept.set(String(me.id), (statements = buildStatements(strapi, visibility, me)));
  return statements;
}

function buildStatements(strapi: Core.Strapi, visibility: Visibility, me: { id: number }): InboxStatements {
  const knex = strapi.db.connection;
  const meta = (uid: string): any => strapi.db.metadata.get(uid as any);
  const column = (uid: string, attribute: string): string => meta(uid).attributes[attribute].columnName ?? attribute;
  const text = (query: any): KeptSql => {
    const { sql, bindings } = query.toSQL();
    return { sql, bindings: [...bindings] };
  };
  const once = <T>(build: () => T) => {
    let value: T | undefined;
    return () => (value === undefined ? (value = build()) : value);
  };

  /**
   * Rows of `uid` matching `filters` and the caller's rule, as knex's query on the type's table. A rule through
   * a to-many relation (a join that would bring a row once per related row) is asked as "id among the readable
   * ones" instead.
   */
  const rowsOf = (uid: string, filters: Filters): { query: any; alias: string } | null => {
    const rule = visibility.filter(uid);
    if (rule === null) return null;
    const builderOf = (where: Filters) => (strapi.db as any).entityManager.createQueryBuilder(uid).init({ where: toWhere(strapi, uid, where) });
    const inlined = andFilters(filters, rule);
    if (!reachesToMany(inlined, uid, (model) => strapi.getModel(model as any)?.attributes as any)) {
      const inline = builderOf(inlined);
      return { query: inline.getKnexQuery().clearSelect().clearOrder(), alias: inline.alias };
    }
    const plain = builderOf(filters);
    const query = plain.getKnexQuery().clearSelect().clearOrder().whereIn(`${plain.alias}.id`, readableIdsSubquery(strapi, visibility, uid));
    return { query, alias: plain.alias };
  };

  // a person's requests and notifications by the reference columns on their rows (access-columns.ts): an index
  // range (me, state, newest first), not a join through the link table
  const requestsOf = (state: InboxStateFilter, read?: boolean) =>
    rowsOf(INBOUND_REQUEST, andFilters(
      { [referenceColumnName('assignee')]: me.id },
      STATES[state] ? { state: { $in: [...STATES[state]!] } } : {},
      read === undefined ? {} : { readAt: read ? { $notNull: true } : { $null: true } },
    ));

  /** The list's columns under their attribute names, newest first; `part` orders the stretches of a page. */
  const listed = ({ query, alias }: { query: any; alias: string }, part: number) =>
    text(
      query
        .select(knex.raw(`${part} as part`))
        .select(Object.fromEntries(REQUEST_LIST_FIELDS.map((attribute) => [attribute, `${alias}.${column(INBOUND_REQUEST, attribute)}`])))
        .orderBy([{ column: `${alias}.${column(INBOUND_REQUEST, 'receivedAt')}`, order: 'desc' }, { column: `${alias}.id`, order: 'desc' }]),
    );

  /**
   * A page's requests with each one's client and whether the caller may read it (an index lookup each). The
   * clients are joined to the page, not to the requests it was cut from: joined before the limit, the database
   * looked up the client of every open request of the person to keep twenty-five.
   */
  const withClients = once(() => {
    const link = meta(INBOUND_REQUEST).attributes.counterparty.joinTable;
    const readable = readableIdsSubquery(strapi, visibility, COUNTERPARTY, 'rc.id');
    const rule = readable === 'none' || readable === 'all' ? null : text(readable);
    const flag = readable === 'none' ? '0' : readable === 'all' ? 'case when rc.id is null then 0 else 1 end' : `case when rc.id is not null and exists (${rule!.sql}) then 1 else 0 end`;
    return {
      head: `select page.*, rc."${column(COUNTERPARTY, 'documentId')}" as "counterpartyDocumentId", rc."${column(COUNTERPARTY, 'name')}" as "counterpartyName", ${flag} as "counterpartyReadable" from (`,
      tail: `) page left join "${link.name}" rl on rl."${link.joinColumn.name}" = page.id left join "${meta(COUNTERPARTY).tableName}" rc on rc.id = rl."${link.inverseJoinColumn.name}" order by page.part, page."receivedAt" desc, page.id desc`,
      bindings: rule?.bindings ?? [],
    };
  });
  const stretch = (kept: KeptSql, name: string) => `select * from (${kept.sql} limit ? offset ?) ${name}`;
  const NONE: KeptSql = { sql: `select * from (select 0 as part) nothing where 1 = 0`, bindings: [] };

  const figures = once(() => {
    const open = requestsOf('open');
    const unreadNotifications = rowsOf(NOTIFICATION, { [referenceColumnName('recipient')]: me.id, readAt: { $null: true } });
    const notifications = unreadNotifications ? text(unreadNotifications.query.count({ count: '*' })) : { sql: 'select 0', bindings: [] };
    if (!open) return { sql: `select 0 as total, 0 as seen, 0 as overdue, (${notifications.sql}) as unread_notifications`, bindings: notifications.bindings, timed: false };
    const rows = text(open.query.select({
      read_at: `${open.alias}.${column(INBOUND_REQUEST, 'readAt')}`,
      overdue: `${open.alias}.${column(INBOUND_REQUEST, 'overdue')}`,
      due_at: `${open.alias}.${column(INBOUND_REQUEST, 'dueAt')}`,
    }));
    return {
      sql: `select count(*) as total, count(o.read_at) as seen, count(case when o.overdue = ? or o.due_at <= ? then 1 end) as overdue, (${notifications.sql}) as unread_notifications from (${rows.sql}) o`,
      bindings: [...notifications.bindings, ...rows.bindings],
      timed: true,
    };
  });
  const openPage = once(() => {
    const unread = requestsOf('open', false);
    const read = requestsOf('open', true);
    if (!unread || !read) return null;
    const [first, second] = [listed(unread, 0), listed(read, 1)];
    const clients = withClients();
    return { sql: `${clients.head}${stretch(first, 'unread')} union all ${stretch(second, 'seen')}${clients.tail}`, clients: clients.bindings, first: first.bindings, second: second.bindings };
  });
  const listedPage = (state: 'closed' | 'all') => once(() => {
    const rows = requestsOf(state);
    return rows && listed(rows, 0);
  });
  const countOf = (state: 'closed' | 'all') => once(() => {
    const rows = requestsOf(state);
    return rows ? text(rows.query.count({ total: '*' })) : { sql: 'select 0 as total', bindings: [] };
  });
  const listedPages = { closed: listedPage('closed'), all: listedPage('all') };
  const counts = { closed: countOf('closed'), all: countOf('all') };
  const notifications = once(() => {
    const rows = rowsOf(NOTIFICATION, { [referenceColumnName('recipient')]: me.id });
    if (!rows) return null;
    rows.query
      .select(Object.fromEntries(NOTIFICATION_LIST_FIELDS.map((attribute) => [attribute, `${rows.alias}.${column(NOTIFICATION, attribute)}`])))
      .orderBy([{ column: `${rows.alias}.${column(NOTIFICATION, 'createdAt')}`, order: 'desc' }, { column: `${rows.alias}.id`, order: 'desc' }]);
    return text(rows.query);
  });

  return {
    figures: (now) => {
      const kept = figures();
      // a boolean and a date bound as the query engine binds them (SQLite: 1 and epoch milliseconds)
      return { sql: kept.sql, bindings: kept.timed ? [true, now, ...kept.bindings] : kept.bindings };
    },
    openPage: (unread, read) => {
      const kept = openPage();
      if (!kept) return NONE;
      return { sql: kept.sql, bindings: [...kept.clients, ...kept.first, unread[1], unread[0], ...kept.second, read[1], read[0]] };
    },
    page: (state) => (offset, limit) => {
      const kept = listedPages[state]();
      if (!kept) return NONE;
      const clients = withClients();
      return { sql: `${clients.head}${kept.sql} limit ? offset ?${clients.tail}`, bindings: [...clients.bindings, ...kept.bindings, limit, offset] };
    },
    count: (state) => counts[state](),
    notifications: (limit) => {
      const kept = notifications();
      return kept ? { sql: `${kept.sql} limit ?`, bindings: [...kept.bindings, limit] } : NONE;
    },
  };
}

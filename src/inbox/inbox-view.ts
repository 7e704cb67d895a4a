import { referenceColumnName } from '../access/access-columns';
import type { Core } from '@strapi/strapi';
import { andFilters, Filters, toWhere, Visibility } from '../access/visibility';
import { CLOSED_REQUEST_STATES, inboxPageParts, InboxStretch, isRequestOverdue, OPEN_REQUEST_STATES } from '../domain/inbox';
import { Me } from './request-actions';
import { COUNTERPARTY, INBOUND_REQUEST, NOTIFICATION } from './uids';

export type InboxStateFilter = 'open' | 'closed' | 'all';

/** What the inbox counter shows of a person's open requests. */
export interface OpenRequestCounts {
  openRequests: number;
  unreadRequests: number;
  overdueRequests: number;
}

const LIST_FIELDS = ['id', 'documentId', 'receivedAt', 'channel', 'callerName', 'organizationName', 'subject', 'urgency', 'state', 'readAt', 'dueAt', 'overdue', 'flagged', 'routingReason'];
const NEWEST_FIRST = [{ receivedAt: 'desc' }, { id: 'desc' }];

const stateFilter = (state: InboxStateFilter) =>
  state === 'open' ? { state: { $in: [...OPEN_REQUEST_STATES] } } : state === 'closed' ? { state: { $in: [...CLOSED_REQUEST_STATES] } } : {};

// A person's requests and notifications by the reference columns on their rows (access-columns.ts): the
// inbox is an index range (me, newest first), not a join through the link table.
const assignedTo = (me: Me) => ({ [referenceColumnName('assignee')]: me.id });
const addressedTo = (me: Me) => ({ [referenceColumnName('recipient')]: me.id });

/**
 * The counterparty of each request, and whether the caller may read it (those they may not are shown as their
 * documentId only): one statement through the requests' link table, the caller's rule on counterparties
 * checked per row (an index lookup each), where a populate and a second read of the readable ones were two.
 */
async function counterpartiesOfRequests(strapi: Core.Strapi, visibility: Visibility, requestIds: number[]): Promise<Map<number, RequestCounterparty>> {
  if (requestIds.length === 0) return new Map();
  const knex = strapi.db.connection;
  const meta = (uid: string): any => strapi.db.metadata.get(uid as any);
  const link = meta(INBOUND_REQUEST).attributes.counterparty.joinTable;
  const rule = visibility.filter(COUNTERPARTY);
  const query = knex(`${meta(COUNTERPARTY).tableName} as rc`)
    .join(`${link.name} as rl`, `rl.${link.inverseJoinColumn.name}`, 'rc.id')
    .whereIn(`rl.${link.joinColumn.name}`, requestIds)
    .select({ request_id: `rl.${link.joinColumn.name}`, document_id: `rc.${meta(COUNTERPARTY).attributes.documentId.columnName}`, name: `rc.${meta(COUNTERPARTY).attributes.name.columnName}` });
  if (rule !== null && Object.keys(rule).length > 0) {
    const builder = (strapi.db as any).entityManager.createQueryBuilder(COUNTERPARTY).init({ where: toWhere(strapi, COUNTERPARTY, rule) });
    const readable = builder.getKnexQuery().clearSelect().clearOrder().select(knex.raw('1')).whereRaw(`${builder.alias}.id = rc.id`);
    query.select(knex.raw('case when exists ? then 1 else 0 end as readable', [readable]));
  } else {
    query.select(knex.raw(`${rule === null ? 0 : 1} as readable`));
  }
  const rows: any[] = await query;
  return new Map(rows.map((row) => [Number(row.request_id), { documentId: row.document_id, name: row.name, readable: Number(row.readable) === 1 }]));
}

interface RequestCounterparty {
  documentId: string;
  name: string;
  readable: boolean;
}

export function requestItem(row: any, now: Date, client: RequestCounterparty | null) {
  const counterparty = client ? (client.readable ? { documentId: client.documentId, name: client.name } : { documentId: client.documentId }) : null;
  return {
    documentId: row.documentId,
    receivedAt: row.receivedAt,
    channel: row.channel,
    callerName: row.callerName ?? null,
    organizationName: row.organizationName ?? null,
    subject: row.subject ?? null,
    urgency: row.urgency ?? null,
    state: row.state,
    unread: !row.readAt,
    readAt: row.readAt ?? null,
    dueAt: row.dueAt ?? null,
    overdue: Boolean(row.overdue) || isRequestOverdue(row, now),
    flagged: Boolean(row.flagged),
    routingReason: row.routingReason ?? null,
    counterparty,
  };
}

/** The caller's requests (assigned to them and visible to them), a page of them in the inbox's order. */
export async function myRequests(strapi: Core.Strapi, visibility: Visibility, me: Me, options: { state: InboxStateFilter; page: number; pageSize: number; now: Date }) {
  const readable = visibility.filter(INBOUND_REQUEST);
  if (readable === null) return null;
  const mine = andFilters(assignedTo(me), stateFilter(options.state), readable);
  const query = strapi.db.query(INBOUND_REQUEST as any);
  const readStretch = (filters: Filters, stretch: InboxStretch | null): Promise<any[]> =>
    stretch ? query.findMany({ where: toWhere(strapi, INBOUND_REQUEST, filters), select: LIST_FIELDS, orderBy: NEWEST_FIRST, offset: stretch.offset, limit: stretch.limit }) : Promise.resolve([]);
  const start = (options.page - 1) * options.pageSize;
  let rows: any[];
  let total: number;
  let openCounts: OpenRequestCounts | null = null;
  if (options.state === 'open') {
    // unread first, then newest first: with the unread ones counted, a page is one or two index ranges
    openCounts = await openRequestFigures(strapi, readable, me, options.now);
    total = openCounts.openRequests;
    const parts = inboxPageParts(openCounts.unreadRequests, start, options.pageSize);
    rows = [...(await readStretch(andFilters(mine, { readAt: { $null: true } }), parts.unread)), ...(await readStretch(andFilters(mine, { readAt: { $notNull: true } }), parts.read))];
  } else {
    rows = await readStretch(mine, { offset: start, limit: options.pageSize });
    total = await query.count({ where: toWhere(strapi, INBOUND_REQUEST, mine) });
  }
  const clients = await counterpartiesOfRequests(strapi, visibility, rows.map((row) => Number(row.id)));
  return { items: rows.map((row) => requestItem(row, options.now, clients.get(Number(row.id)) ?? null)), pagination: { page: options.page, pageSize: options.pageSize, total }, openCounts };
}

/**
 * The counter's request figures in one pass over the person's open requests (an index range): open, unread,
 * and overdue (marked so, or due by now).
 */
async function openRequestFigures(strapi: Core.Strapi, readable: Filters, me: Me, now: Date): Promise<OpenRequestCounts> {
  const open = andFilters(assignedTo(me), stateFilter('open'), readable);
  const builder = (strapi.db as any).entityManager.createQueryBuilder(INBOUND_REQUEST).init({ where: toWhere(strapi, INBOUND_REQUEST, open) });
  const column = (attribute: string) => `${builder.alias}.${(strapi.db.metadata.get(INBOUND_REQUEST as any).attributes[attribute] as any).columnName}`;
  // the requests' own rows, distinct when a relation in the rules joins: counted outside, so none twice
  const rows = builder.getKnexQuery().clearSelect().clearOrder();
  const columns = [`${builder.alias}.id as request_id`, `${column('readAt')} as read_at`, `${column('overdue')} as overdue`, `${column('dueAt')} as due_at`];
  if (builder.shouldUseDistinct()) rows.distinct(columns);
  else rows.select(columns);
  const knex = strapi.db.connection;
  const figures: any = await knex
    .from(rows.as('open_requests'))
    .select(
      knex.raw('count(*) as total'),
      knex.raw('count(open_requests.read_at) as seen'),
      // a boolean and a date bound as the query engine binds them (SQLite: 1 and epoch milliseconds)
      knex.raw('count(case when open_requests.overdue = ? or open_requests.due_at <= ? then 1 end) as overdue', [true, now]),
    )
    .first();
  const openRequests = Number(figures?.total ?? 0);
  return { openRequests, unreadRequests: openRequests - Number(figures?.seen ?? 0), overdueRequests: Number(figures?.overdue ?? 0) };
}

/** The caller's notifications, newest first. */
export async function myNotifications(strapi: Core.Strapi, visibility: Visibility, me: Me, limit: number) {
  const readable = visibility.filter(NOTIFICATION);
  if (readable === null) return null;
  const rows: any[] = await strapi.db.query(NOTIFICATION as any).findMany({
    where: toWhere(strapi, NOTIFICATION, andFilters(addressedTo(me), readable)),
    select: ['documentId', 'kind', 'title', 'body', 'link', 'readAt', 'createdAt'],
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    limit,
  });
  return rows.map((row) => ({ ...row, unread: !row.readAt }));
}

/**
 * The figures of the menu's counter: unread and open requests, overdue ones, unread notifications. The
 * request figures are counted by the database unless the caller has counted them already (the inbox page).
 */
export async function inboxCounts(strapi: Core.Strapi, visibility: Visibility, me: Me | null, now: Date, known: OpenRequestCounts | null = null) {
  const zero = { unreadRequests: 0, openRequests: 0, overdueRequests: 0, unreadNotifications: 0, unread: 0 };
  if (!me) return zero;
  const readableRequests = visibility.filter(INBOUND_REQUEST);
  const { unreadRequests, openRequests, overdueRequests } = known ?? (readableRequests === null ? zero : await openRequestFigures(strapi, readableRequests, me, now));
  const readableNotifications = visibility.filter(NOTIFICATION);
  const unreadNotifications =
    readableNotifications === null
      ? 0
      : await strapi.db.query(NOTIFICATION as any).count({ where: toWhere(strapi, NOTIFICATION, andFilters(addressedTo(me), { readAt: { $null: true } }, readableNotifications)) });
  return { unreadRequests, openRequests, overdueRequests, unreadNotifications, unread: unreadRequests + unreadNotifications };
}

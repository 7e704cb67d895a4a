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

/** Counterparties of the rows the caller may read: the others are shown as their documentId only. */
async function readableCounterparties(strapi: Core.Strapi, visibility: Visibility, ids: number[]): Promise<Set<number>> {
  const filter = visibility.filter(COUNTERPARTY);
  if (filter === null || ids.length === 0) return new Set();
  if (Object.keys(filter).length === 0) return new Set(ids);
  const rows: any[] = await strapi.db.query(COUNTERPARTY as any).findMany({ where: toWhere(strapi, COUNTERPARTY, andFilters({ id: { $in: ids } }, filter)), select: ['id'] });
  return new Set(rows.map((r) => r.id));
}

export function requestItem(row: any, now: Date, readable: Set<number>) {
  const counterparty = row.counterparty
    ? readable.has(row.counterparty.id)
      ? { documentId: row.counterparty.documentId, name: row.counterparty.name }
      : { documentId: row.counterparty.documentId }
    : null;
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
  const populate = { counterparty: { select: ['id', 'documentId', 'name'] } };
  const readStretch = (filters: Filters, stretch: InboxStretch | null): Promise<any[]> =>
    stretch ? query.findMany({ where: toWhere(strapi, INBOUND_REQUEST, filters), select: LIST_FIELDS, populate, orderBy: NEWEST_FIRST, offset: stretch.offset, limit: stretch.limit }) : Promise.resolve([]);
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
  const readableClients = await readableCounterparties(strapi, visibility, rows.map((r) => r.counterparty?.id).filter(Boolean));
  return { items: rows.map((row) => requestItem(row, options.now, readableClients)), pagination: { page: options.page, pageSize: options.pageSize, total }, openCounts };
}

/**
 * The counter's request figures: open and unread in one pass over the person's open requests (an index
 * range), overdue (marked so, or due by now) in a second.
 */
async function openRequestFigures(strapi: Core.Strapi, readable: Filters, me: Me, now: Date): Promise<OpenRequestCounts> {
  const open = andFilters(assignedTo(me), stateFilter('open'), readable);
  const builder = (strapi.db as any).entityManager.createQueryBuilder(INBOUND_REQUEST).init({ where: toWhere(strapi, INBOUND_REQUEST, open) });
  const readAt = `${builder.alias}.${(strapi.db.metadata.get(INBOUND_REQUEST as any).attributes.readAt as any).columnName}`;
  // the requests' own rows, distinct when a relation in the rules joins: counted outside, so none twice
  const rows = builder.getKnexQuery().clearSelect().clearOrder();
  const columns = [`${builder.alias}.id as request_id`, `${readAt} as read_at`];
  if (builder.shouldUseDistinct()) rows.distinct(columns);
  else rows.select(columns);
  const knex = strapi.db.connection;
  const figures: any = await knex.from(rows.as('open_requests')).select(knex.raw('count(*) as total'), knex.raw('count(open_requests.read_at) as seen')).first();
  const overdue = andFilters(open, { $or: [{ overdue: true }, { dueAt: { $lte: now.toISOString() } }] });
  const overdueRequests = await strapi.db.query(INBOUND_REQUEST as any).count({ where: toWhere(strapi, INBOUND_REQUEST, overdue) });
  const openRequests = Number(figures?.total ?? 0);
  return { openRequests, unreadRequests: openRequests - Number(figures?.seen ?? 0), overdueRequests };
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

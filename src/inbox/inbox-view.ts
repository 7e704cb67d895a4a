import { referenceColumnName } from '../access/access-columns';
import type { Core } from '@strapi/strapi';
import { andFilters, toWhere, Visibility } from '../access/visibility';
import { CLOSED_REQUEST_STATES, compareInboxRows, isRequestOverdue, OPEN_REQUEST_STATES, openRequestCounts, OpenRequestCounts } from '../domain/inbox';
import { Me } from './request-actions';
import { COUNTERPARTY, INBOUND_REQUEST, NOTIFICATION } from './uids';

/** A person's open requests are few; more than this is a backlog to be read by the list view, not the inbox. */
export const OPEN_REQUESTS_CAP = 500;

export type InboxStateFilter = 'open' | 'closed' | 'all';

/** What orders a person's open requests and counts them for the menu's counter. */
const ORDER_FIELDS = ['id', 'documentId', 'receivedAt', 'readAt', 'dueAt', 'overdue'];
const LIST_FIELDS = ['id', 'documentId', 'receivedAt', 'channel', 'callerName', 'organizationName', 'subject', 'urgency', 'state', 'readAt', 'dueAt', 'overdue', 'flagged', 'routingReason'];

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
  const where = toWhere(strapi, INBOUND_REQUEST, andFilters(assignedTo(me), stateFilter(options.state), readable));
  const query = strapi.db.query(INBOUND_REQUEST as any);
  const populate = { counterparty: { select: ['id', 'documentId', 'name'] } };
  const start = (options.page - 1) * options.pageSize;
  let rows: any[];
  let total: number;
  /** the counter's request figures, when every open request was read */
  let openCounts: OpenRequestCounts | null = null;
  if (options.state === 'open') {
    // unread first, then newest first: ordered here (NULLs sort differently per database), over a bounded set
    // read with only what orders and counts them; the page's own rows are read after, with their client
    const all: any[] = await query.findMany({ where, select: ORDER_FIELDS, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: OPEN_REQUESTS_CAP });
    all.sort((a, b) => compareInboxRows({ ...a, id: a.documentId }, { ...b, id: b.documentId }));
    if (all.length < OPEN_REQUESTS_CAP) openCounts = openRequestCounts(all, options.now);
    total = openCounts ? all.length : await query.count({ where });
    const pageIds = all.slice(start, start + options.pageSize).map((row) => row.id);
    const position = new Map(pageIds.map((id, at) => [id, at]));
    rows = pageIds.length === 0 ? [] : await query.findMany({ where: { id: { $in: pageIds } }, select: LIST_FIELDS, populate });
    rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  } else {
    rows = await query.findMany({ where, select: LIST_FIELDS, populate, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], offset: start, limit: options.pageSize });
    total = await query.count({ where });
  }
  const readableClients = await readableCounterparties(strapi, visibility, rows.map((r) => r.counterparty?.id).filter(Boolean));
  return { items: rows.map((row) => requestItem(row, options.now, readableClients)), pagination: { page: options.page, pageSize: options.pageSize, total }, openCounts };
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
 * request figures are counted by the database unless the caller has them from all open requests.
 */
export async function inboxCounts(strapi: Core.Strapi, visibility: Visibility, me: Me | null, now: Date, known: OpenRequestCounts | null = null) {
  const zero = { unreadRequests: 0, openRequests: 0, overdueRequests: 0, unreadNotifications: 0, unread: 0 };
  if (!me) return zero;
  const count = async (uid: string, mine: Record<string, unknown>, extra: Record<string, unknown>) => {
    const readable = visibility.filter(uid);
    if (readable === null) return 0;
    return strapi.db.query(uid as any).count({ where: toWhere(strapi, uid, andFilters(mine, extra, readable)) });
  };
  const mine = assignedTo(me);
  const open = stateFilter('open');
  const { unreadRequests, openRequests, overdueRequests } = known ?? {
    unreadRequests: await count(INBOUND_REQUEST, mine, andFilters(open, { readAt: { $null: true } })),
    openRequests: await count(INBOUND_REQUEST, mine, open),
    overdueRequests: await count(INBOUND_REQUEST, mine, andFilters(open, { $or: [{ overdue: true }, { dueAt: { $lte: now.toISOString() } }] })),
  };
  const unreadNotifications = await count(NOTIFICATION, addressedTo(me), { readAt: { $null: true } });
  return { unreadRequests, openRequests, overdueRequests, unreadNotifications, unread: unreadRequests + unreadNotifications };
}

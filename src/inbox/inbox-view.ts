import type { Core } from '@strapi/strapi';
import { Visibility } from '../access/visibility';
import { inboxPageParts, InboxStretch, isRequestOverdue } from '../domain/inbox';
import { inboxStatements, InboxStatements, InboxStateFilter, NOTIFICATION_LIST_FIELDS, REQUEST_LIST_FIELDS } from './inbox-statements';
import { Me } from './request-actions';
import { INBOUND_REQUEST, NOTIFICATION } from './uids';

export type { InboxStateFilter };

/** What the inbox counter shows of a person's open requests. */
export interface OpenRequestCounts {
  openRequests: number;
  unreadRequests: number;
  overdueRequests: number;
}

/** A column as the query engine hands it back: a time as an ISO string, a boolean as one (SQLite: 0 and 1). */
function fromColumn(type: string | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'datetime' || type === 'timestamp') {
    const time = value instanceof Date ? value : new Date(value as string | number);
    return Number.isNaN(time.getTime()) ? null : time.toISOString();
  }
  if (type === 'boolean') return value === true || value === 1 || value === '1' || value === 't';
  return value;
}

function rowOf(strapi: Core.Strapi, uid: string, raw: Record<string, unknown>, fields: readonly string[]) {
  const attributes: any = strapi.getModel(uid as any).attributes;
  return Object.fromEntries(fields.map((field) => [field, field === 'id' ? Number(raw.id) : fromColumn(attributes[field]?.type, raw[field])]));
}

async function run(strapi: Core.Strapi, statement: { sql: string; bindings: unknown[] }): Promise<any[]> {
  const result: any = await strapi.db.connection.raw(statement.sql, statement.bindings as any);
  return Array.isArray(result) ? result : result.rows;
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
  if (visibility.filter(INBOUND_REQUEST) === null) return null;
  const statements = inboxStatements(strapi, visibility, me);
  const start = (options.page - 1) * options.pageSize;
  let rows: any[];
  let total: number;
  let figures: InboxFigures | null = null;
  if (options.state === 'open') {
    // unread first, then newest first: with the unread ones counted, a page is one or two index ranges
    figures = await inboxFigures(strapi, statements, options.now);
    total = figures.requests.openRequests;
    const parts = inboxPageParts(figures.requests.unreadRequests, start, options.pageSize);
    const stretch = (part: InboxStretch | null): [number, number] => (part ? [part.offset, part.limit] : [0, 0]);
    rows = await run(strapi, statements.openPage(stretch(parts.unread), stretch(parts.read)));
  } else {
    rows = await run(strapi, statements.page(options.state)(start, options.pageSize));
    total = Number((await run(strapi, statements.count(options.state)))[0]?.total ?? 0);
  }
  const items = rows.map((raw) => {
    const client = raw.counterpartyDocumentId ? { documentId: raw.counterpartyDocumentId, name: raw.counterpartyName, readable: Number(raw.counterpartyReadable) === 1 } : null;
    return requestItem(rowOf(strapi, INBOUND_REQUEST, raw, REQUEST_LIST_FIELDS), options.now, client);
  });
  return { items, pagination: { page: options.page, pageSize: options.pageSize, total }, figures };
}

interface InboxFigures {
  requests: OpenRequestCounts;
  unreadNotifications: number;
}

/** The counter's figures in one statement: the open requests (open, unread, overdue: marked so or due by now) and the unread notifications. */
async function inboxFigures(strapi: Core.Strapi, statements: InboxStatements, now: Date): Promise<InboxFigures> {
  const figures = (await run(strapi, statements.figures(now)))[0] ?? {};
  const openRequests = Number(figures.total ?? 0);
  return {
    requests: { unreadRequests: openRequests - Number(figures.seen ?? 0), openRequests, overdueRequests: Number(figures.overdue ?? 0) },
    unreadNotifications: Number(figures.unread_notifications ?? 0),
  };
}

/** The caller's notifications, newest first. */
export async function myNotifications(strapi: Core.Strapi, visibility: Visibility, me: Me, limit: number) {
  if (visibility.filter(NOTIFICATION) === null) return null;
  const rows = await run(strapi, inboxStatements(strapi, visibility, me).notifications(limit));
  return rows.map((raw) => {
    const row = rowOf(strapi, NOTIFICATION, raw, NOTIFICATION_LIST_FIELDS);
    return { ...row, unread: !row.readAt };
  });
}

/**
 * The figures of the menu's counter: unread and open requests, overdue ones, unread notifications, in one
 * statement. The inbox page, which has counted them for its page already, hands them over.
 */
export async function inboxCounts(strapi: Core.Strapi, visibility: Visibility, me: Me | null, now: Date, known: InboxFigures | null = null) {
  if (!me) return { unreadRequests: 0, openRequests: 0, overdueRequests: 0, unreadNotifications: 0, unread: 0 };
  const { requests, unreadNotifications } = known ?? (await inboxFigures(strapi, inboxStatements(strapi, visibility, me), now));
  return { ...requests, unreadNotifications, unread: requests.unreadRequests + unreadNotifications };
}

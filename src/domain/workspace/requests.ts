import { formatDateTime } from '../format';
import type { BusinessDay } from './business-day';
import { clockTime } from './business-day';
import type { ListQuery } from './list-query';
import { EmployeeRef, personIs } from './people';

export const INBOUND_REQUEST_UID = 'api::inbound-request.inbound-request';

/**
 * A request is new for its assignee until they take it up: `new` (just registered) or `assigned` (routed to
 * them, not read yet). It is open until it is done or rejected.
 */
export const NOT_TAKEN_UP_STATES = ['new', 'assigned'] as const;
export const CLOSED_STATES = ['done', 'rejected'] as const;

export function newRequestsFor(me: EmployeeRef): ListQuery {
  return { uid: INBOUND_REQUEST_UID, entries: [personIs('assignee', me), { state: { $in: [...NOT_TAKEN_UP_STATES] } }], sort: 'receivedAt:ASC' };
}

export function requestsReceivedOn(day: BusinessDay): ListQuery {
  return {
    uid: INBOUND_REQUEST_UID,
    entries: [{ receivedAt: { $gte: day.start.toISOString() } }, { receivedAt: { $lt: day.end.toISOString() } }],
    sort: 'receivedAt:DESC',
  };
}

export function openRequests(): ListQuery {
  return { uid: INBOUND_REQUEST_UID, entries: [{ state: { $notIn: [...CLOSED_STATES] } }], sort: 'receivedAt:DESC' };
}

export interface RequestRow {
  documentId: string;
  receivedAt: string | Date;
  subject?: string | null;
  state?: string | null;
  channel?: string | null;
  urgency?: string | null;
  callerName?: string | null;
  organizationName?: string | null;
  counterparty?: { name?: string | null } | null;
  assignee?: { fullName?: string | null } | null;
}

export interface RequestItem {
  documentId: string;
  /** received today: '09:15'; earlier: '27.11.2026 16:40' */
  when: string;
  /** who it came from: the counterparty, else the organisation named, else the caller */
  from: string | null;
  subject: string | null;
  state: string | null;
  channel: string | null;
  urgency: string | null;
  assignee: string | null;
}

export function requestItem(row: RequestRow, day: BusinessDay, timeZone: string): RequestItem {
  const at = new Date(row.receivedAt);
  const today = at >= day.start && at < day.end;
  return {
    documentId: row.documentId,
    when: today ? clockTime(at, timeZone) : formatDateTime(at, timeZone),
    from: row.counterparty?.name || row.organizationName || row.callerName || null,
    subject: row.subject ?? null,
    state: row.state ?? null,
    channel: row.channel ?? null,
    urgency: row.urgency ?? null,
    assignee: row.assignee?.fullName ?? null,
  };
}

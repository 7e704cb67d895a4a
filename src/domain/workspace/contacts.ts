import { formatDateTime } from '../format';
import type { BusinessDay } from './business-day';
import { clockTime } from './business-day';
import type { ListQuery } from './list-query';
import { EmployeeRef, personIs } from './people';

export const INTERACTION_UID = 'api::interaction.interaction';

/**
 * Planned contacts of the chronicle: interactions in state `planned` whose `occurredAt` is when they are to
 * happen. A contact planned for today stays "today" until the business day ends (a call planned for 09:00 is
 * still to be made at 15:00); it is overdue once its day is over, that is when it lies before today's start.
 * "Mine" are those I am to make: their `employee` is me.
 */
export const PLANNED = 'planned';

/** Everybody's contacts planned for today (the company's figure). */
export function contactsPlannedOn(day: BusinessDay): ListQuery {
  return {
    uid: INTERACTION_UID,
    entries: [{ state: { $eq: PLANNED } }, { occurredAt: { $gte: day.start.toISOString() } }, { occurredAt: { $lt: day.end.toISOString() } }],
    sort: 'occurredAt:ASC',
  };
}

export function contactsPlannedFor(me: EmployeeRef, day: BusinessDay): ListQuery {
  const all = contactsPlannedOn(day);
  return { ...all, entries: [personIs('employee', me), ...all.entries] };
}

export function overdueContactsOf(me: EmployeeRef, day: BusinessDay): ListQuery {
  return {
    uid: INTERACTION_UID,
    entries: [personIs('employee', me), { state: { $eq: PLANNED } }, { occurredAt: { $lt: day.start.toISOString() } }],
    sort: 'occurredAt:ASC',
  };
}

export type ContactDue = 'overdue' | 'today' | 'later';

export function contactDue(occurredAt: Date | string, day: BusinessDay): ContactDue {
  const at = new Date(occurredAt).getTime();
  if (at < day.start.getTime()) return 'overdue';
  return at < day.end.getTime() ? 'today' : 'later';
}

export interface PlannedContactRow {
  documentId: string;
  occurredAt: string | Date;
  subject?: string | null;
  kind?: string | null;
  counterparty?: { name?: string | null } | null;
}

export interface PlannedContactItem {
  documentId: string;
  due: ContactDue;
  /** today's as '14:30', others with their date: '27.11.2026 10:00' */
  when: string;
  kind: string | null;
  subject: string | null;
  counterparty: string | null;
}

export function plannedContactItem(row: PlannedContactRow, day: BusinessDay, timeZone: string): PlannedContactItem {
  const due = contactDue(row.occurredAt, day);
  return {
    documentId: row.documentId,
    due,
    when: due === 'today' ? clockTime(row.occurredAt, timeZone) : formatDateTime(new Date(row.occurredAt), timeZone),
    kind: row.kind ?? null,
    subject: row.subject ?? null,
    counterparty: row.counterparty?.name ?? null,
  };
}

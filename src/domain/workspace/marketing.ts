import { formatDate } from '../format';
import type { BusinessDay, BusinessMonth } from './business-day';
import { clockTime } from './business-day';
import type { ListQuery } from './list-query';

export const MARKETING_EVENT_UID = 'api::marketing-event.marketing-event';

/**
 * The marketer's coming days: events going on today and those that start within the coming period. An event
 * without an end lasts its start day.
 */
export function eventsAhead(period: BusinessMonth): ListQuery {
  return {
    uid: MARKETING_EVENT_UID,
    entries: [{ start: { $lt: period.end.toISOString() } }, { $or: [{ end: { $gte: period.start.toISOString() } }, { start: { $gte: period.start.toISOString() } }] }],
    sort: 'start:ASC',
  };
}

export interface MarketingEventRow {
  documentId: string;
  name?: string | null;
  kind?: string | null;
  start?: string | Date | null;
  end?: string | Date | null;
  place?: string | null;
}

export interface MarketingEventItem {
  documentId: string;
  name: string | null;
  kind: string | null;
  /** '30.11.2026 10:00' */
  starts: string | null;
  /** '02.12.2026' when it lasts beyond its first day */
  ends: string | null;
  place: string | null;
  /** going on today */
  today: boolean;
}

export function marketingEventItem(row: MarketingEventRow, day: BusinessDay, timeZone: string): MarketingEventItem {
  const start = row.start ? new Date(row.start) : null;
  const end = row.end ? new Date(row.end) : null;
  const startDate = start ? formatDate(start, timeZone) : null;
  const endDate = end ? formatDate(new Date(end.getTime() - 1), timeZone) : null;
  return {
    documentId: row.documentId,
    name: row.name ?? null,
    kind: row.kind ?? null,
    starts: start ? `${startDate} ${clockTime(start, timeZone)}` : null,
    ends: endDate && endDate !== startDate ? endDate : null,
    place: row.place ?? null,
    today: !!start && start < day.end && (end ? end > day.start : start >= day.start),
  };
}

import { formatDate } from '../format';
import type { BusinessDay } from './business-day';
import { clockTime } from './business-day';
import type { ListQuery } from './list-query';

export const SCHEDULE_ENTRY_UID = 'api::schedule-entry.schedule-entry';

/**
 * Who is where today, from the work schedule: every entry that overlaps the business day (a vacation that
 * began last week included). A person's day reads as one presence — absent (vacation, sick leave, day off)
 * wins over everything, then in the office, then working remotely, else away (client visits, trips, other).
 */
export function scheduleEntriesOn(day: BusinessDay): ListQuery {
  return {
    uid: SCHEDULE_ENTRY_UID,
    entries: [{ start: { $lt: day.end.toISOString() } }, { end: { $gt: day.start.toISOString() } }],
    sort: 'start:ASC',
  };
}

export type Presence = 'office' | 'away' | 'remote' | 'absent';
export const PRESENCE_ORDER: readonly Presence[] = ['office', 'away', 'remote', 'absent'];

const PRESENCE_OF_KIND: Readonly<Record<string, Presence>> = {
  office: 'office',
  remote: 'remote',
  'client-visit': 'away',
  'business-trip': 'away',
  other: 'away',
  vacation: 'absent',
  'sick-leave': 'absent',
  'day-off': 'absent',
};

export function presenceOfKind(kind: string | null | undefined): Presence {
  return PRESENCE_OF_KIND[kind ?? ''] ?? 'away';
}

export interface ScheduleRow {
  documentId: string;
  start: string | Date;
  end: string | Date;
  kind?: string | null;
  city?: string | null;
  organization?: string | null;
  purpose?: string | null;
  employee?: { id: number; fullName?: string | null } | null;
  counterparty?: { name?: string | null } | null;
}

export interface WhereaboutsEntry {
  documentId: string;
  kind: string | null;
  /** 'HH:MM' when it starts today, null when it began earlier */
  from: string | null;
  /** 'HH:MM' when it ends today, null when it goes on after today */
  to: string | null;
  /** covers the whole day */
  allDay: boolean;
  /** its last day ('04.12.2026') when it goes on after today */
  until: string | null;
  /** where: the organisation or counterparty visited and the city */
  place: string | null;
  purpose: string | null;
  /** it is going on right now */
  now: boolean;
}

export interface PersonWhereabouts {
  employee: string;
  presence: Presence;
  entries: WhereaboutsEntry[];
}

export interface Whereabouts {
  people: PersonWhereabouts[];
  /** people per presence */
  counts: Record<Presence, number>;
}

const MINUTE = 60_000;

function entryOf(row: ScheduleRow, day: BusinessDay, now: Date, timeZone: string): WhereaboutsEntry {
  const start = new Date(row.start);
  const end = new Date(row.end);
  const startsToday = start > day.start;
  const endsToday = end < day.end;
  const place = [row.organization || row.counterparty?.name, row.city].filter(Boolean).join(', ');
  return {
    documentId: row.documentId,
    kind: row.kind ?? null,
    from: startsToday ? clockTime(start, timeZone) : null,
    to: endsToday ? clockTime(end, timeZone) : null,
    // a day-long entry is written 00:00–23:59
    allDay: start <= day.start && end.getTime() >= day.end.getTime() - MINUTE,
    until: endsToday ? null : formatDate(new Date(end.getTime() - 1), timeZone),
    place: place || null,
    purpose: row.purpose ?? null,
    now: start <= now && now < end,
  };
}

export function whereaboutsOn(rows: readonly ScheduleRow[], day: BusinessDay, now: Date, timeZone: string): Whereabouts {
  const byEmployee = new Map<number, { employee: string; rows: ScheduleRow[] }>();
  for (const row of rows) {
    if (!row.employee) continue;
    const person = byEmployee.get(row.employee.id) ?? { employee: row.employee.fullName ?? '—', rows: [] };
    person.rows.push(row);
    byEmployee.set(row.employee.id, person);
  }
  const people: PersonWhereabouts[] = [...byEmployee.values()].map(({ employee, rows: own }) => {
    const sorted = [...own].sort((a, b) => new Date(a.start).getTime() - new Date(b.start).getTime());
    const presences = new Set(sorted.map((row) => presenceOfKind(row.kind)));
    const presence = (['absent', 'office', 'remote', 'away'] as Presence[]).find((p) => presences.has(p)) ?? 'away';
    return { employee, presence, entries: sorted.map((row) => entryOf(row, day, now, timeZone)) };
  });
  const collator = new Intl.Collator('uk');
  people.sort((a, b) => PRESENCE_ORDER.indexOf(a.presence) - PRESENCE_ORDER.indexOf(b.presence) || collator.compare(a.employee, b.employee));
  const counts = { office: 0, away: 0, remote: 0, absent: 0 } as Record<Presence, number>;
  for (const person of people) counts[person.presence] += 1;
  return { people, counts };
}

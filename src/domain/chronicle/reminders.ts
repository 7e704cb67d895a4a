import { formatDateTime, formatLocalDate } from '../format/dates';
import type { LocalDate } from '../time/local-date';
import { dateSpanToInstants } from '../time/periods';
import { fail, ok, Result } from '../result';
import { localDateOf, wallClockOf } from '../time/time-zone';

/**
 * The morning reminder (a cron task, 08:00 in the business zone by default): each employee gets one
 * notification listing today's planned contacts and the overdue ones. Its dedupe key names the employee
 * and the business day, and is unique in the database, so a second run that day, or a second process at
 * the same moment, adds nothing. The texts are plain Ukrainian: a notification is a stored record read in
 * the Ukrainian panel.
 */

/** A planned interaction, relations flattened. Rows not in state `planned` or without an employee are skipped. */
export interface PlannedContactRow {
  id: string;
  state?: string | null;
  employeeId: string | null;
  occurredAt: Date | string;
  subject?: string | null;
  counterpartyName?: string | null;
  contactPersonName?: string | null;
}

export interface ReminderItem {
  id: string;
  occurredAt: string;
  /** today's '10:00'; overdue ones with their date, '28.11.2026 14:00' */
  when: string;
  line: string;
}

export interface DailyReminder {
  recipientId: string;
  date: LocalDate;
  dedupeKey: string;
  kind: 'next-contact';
  title: string;
  body: string;
  link: string | null;
  today: ReminderItem[];
  overdue: ReminderItem[];
}

export interface ReminderOptions {
  /** where the notification leads (the inbox page, a filtered chronicle) */
  link?: string | null;
  /** lines listed per section before "… і ще N" */
  maxLines?: number;
}

export function reminderKey(employeeId: string, date: LocalDate): string {
  return `next-contact:${employeeId}:${date}`;
}

const two = (n: number) => String(n).padStart(2, '0');

function itemOf(row: PlannedContactRow, ms: number, today: boolean, timeZone: string): ReminderItem {
  const wall = wallClockOf(ms, timeZone);
  const when = today ? `${two(wall.hour)}:${two(wall.minute)}` : formatDateTime(ms, timeZone);
  const who = [row.counterpartyName, row.contactPersonName].filter((s) => s && s.trim()).join(', ');
  const what = row.subject && row.subject.trim() ? row.subject.trim() : 'без теми';
  return { id: row.id, occurredAt: new Date(ms).toISOString(), when, line: `${when} — ${who ? `${who}: ` : ''}${what}` };
}

function section(heading: string, items: readonly ReminderItem[], maxLines: number): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, maxLines).map((i) => i.line);
  const rest = items.length - shown.length;
  return [heading, ...shown, ...(rest > 0 ? [`… і ще ${rest}`] : [])];
}

/**
 * The reminders of the business day that contains `now`: one per employee with at least one contact planned
 * for today or left overdue (planned before today's start and still planned); contacts after today wait
 * for their day. Items are in time order, recipients by id, so two runs build the same notifications.
 */
export function dailyReminders(rows: readonly PlannedContactRow[], now: Date, timeZone: string, options: ReminderOptions = {}): DailyReminder[] {
  const date = localDateOf(now, timeZone);
  const { start, end } = dateSpanToInstants({ from: date, to: date }, timeZone);
  const maxLines = Math.max(1, options.maxLines ?? 20);
  const groups = new Map<string, { today: Array<[number, PlannedContactRow]>; overdue: Array<[number, PlannedContactRow]> }>();
  for (const row of rows) {
    if ((row.state ?? 'planned') !== 'planned' || !row.employeeId) continue;
    const ms = new Date(row.occurredAt).getTime();
    if (Number.isNaN(ms) || ms >= end.getTime()) continue;
    const group = groups.get(row.employeeId) ?? { today: [], overdue: [] };
    (ms >= start.getTime() ? group.today : group.overdue).push([ms, row]);
    groups.set(row.employeeId, group);
  }
  const byTime = (a: [number, PlannedContactRow], b: [number, PlannedContactRow]) => a[0] - b[0] || (a[1].id < b[1].id ? -1 : 1);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([recipientId, group]) => {
      const today = group.today.sort(byTime).map(([ms, row]) => itemOf(row, ms, true, timeZone));
      const overdue = group.overdue.sort(byTime).map(([ms, row]) => itemOf(row, ms, false, timeZone));
      const counts = [today.length ? `сьогодні — ${today.length}` : '', overdue.length ? `прострочені — ${overdue.length}` : ''].filter(Boolean).join(', ');
      return {
        recipientId,
        date,
        dedupeKey: reminderKey(recipientId, date),
        kind: 'next-contact' as const,
        title: `Заплановані контакти на ${formatLocalDate(date)}: ${counts}`,
        body: [...section('Сьогодні:', today, maxLines), ...(today.length && overdue.length ? [''] : []), ...section('Прострочені:', overdue, maxLines)].join('\n'),
        link: options.link ?? null,
        today,
        overdue,
      };
    });
}

export const DEFAULT_REMINDER_TIME = '08:00';

/**
 * The reminder time from the configuration ('08:00', 'HH:MM' on the business zone's clock) as the cron rule
 * the kit takes: '0 8 * * *'. Keep it out of the hour a DST change skips or repeats (03:00–03:59 in Kyiv):
 * on those two nights the scheduler may run it never or twice; twice is harmless (dedupe key), never is not.
 */
export function reminderCronRule(text: unknown): Result<string> {
  const match = typeof text === 'string' ? /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text) : null;
  if (!match) return fail(`must be a time HH:MM, e.g. "${DEFAULT_REMINDER_TIME}"`);
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return fail('must be a time of day from 00:00 to 23:59');
  return ok(`${minute} ${hour} * * *`);
}

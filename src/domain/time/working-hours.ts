import { fail, ok, Result } from '../result';
import { addDays, isoWeekday, LocalDate } from './local-date';
import { firstInstantAtOrAfter, wallClockOf } from './time-zone';

/**
 * Working hours of the business: for each weekday, the intervals of local time when people work.
 * Written as text in the configuration (VITRYLO_WORKING_HOURS):
 *
 *   'Mon-Fri 09:00-18:00'                                  the default
 *   'Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00'     a lunch break and a short Saturday
 *   'пн-пт 08:30-17:30'                                    Ukrainian day names work too
 *
 * Groups are separated by ';'; each is days (a name, a range or a comma list) and one or more intervals.
 * An interval may end at 24:00 but not pass midnight. Times are wall-clock times of the business zone, so
 * 09:00 is 09:00 in summer and in winter; public holidays are not modelled.
 */

/** Minutes from local midnight: from < to ≤ 1440. */
export interface WorkingInterval {
  from: number;
  to: number;
}

/** ISO weekday (1 = Monday … 7 = Sunday) → its intervals, sorted; a day without intervals is a day off. */
export type WorkingHours = Readonly<Record<number, readonly WorkingInterval[]>>;

export const DEFAULT_WORKING_HOURS_TEXT = 'Mon-Fri 09:00-18:00';

const DAY_NAMES: Record<string, number> = {
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  пн: 1, вт: 2, ср: 3, чт: 4, пт: 5, сб: 6, нд: 7,
};

function parseDay(name: string): number | undefined {
  return DAY_NAMES[name.trim().toLowerCase()];
}

function parseDays(text: string): Result<number[]> {
  const days: number[] = [];
  for (const item of text.split(',')) {
    const [first, last, extra] = item.split('-');
    const from = parseDay(first ?? '');
    const to = last === undefined ? from : parseDay(last);
    if (from === undefined || to === undefined || extra !== undefined) return fail(`"${item.trim()}" is not a day or a range of days (Mon-Fri)`);
    if (to < from) return fail(`"${item.trim()}": a range runs from Monday towards Sunday`);
    for (let day = from; day <= to; day += 1) days.push(day);
  }
  return ok(days);
}

function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

function parseIntervals(text: string): Result<WorkingInterval[]> {
  const intervals: WorkingInterval[] = [];
  for (const item of text.split(',')) {
    const [fromText, toText, extra] = item.split('-');
    const from = parseClock(fromText ?? '');
    const to = parseClock(toText ?? '');
    if (from === undefined || to === undefined || extra !== undefined) return fail(`"${item.trim()}" is not an interval such as 09:00-18:00`);
    if (from >= to) return fail(`"${item.trim()}" must end after it starts, on the same day`);
    intervals.push({ from, to });
  }
  return ok(intervals);
}

export function parseWorkingHours(text: unknown): Result<WorkingHours> {
  if (typeof text !== 'string' || text.trim() === '') return fail(`must describe working hours, e.g. "${DEFAULT_WORKING_HOURS_TEXT}"`);
  const week: Record<number, WorkingInterval[]> = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
  for (const group of text.split(';').map((g) => g.trim()).filter(Boolean)) {
    const match = /^(\S+)\s+(.+)$/.exec(group);
    if (!match) return fail(`"${group}" must be days and intervals, e.g. "${DEFAULT_WORKING_HOURS_TEXT}"`);
    const days = parseDays(match[1]);
    if (!days.ok) return fail(days.reason);
    const intervals = parseIntervals(match[2].replace(/\s+/g, ''));
    if (!intervals.ok) return fail(intervals.reason);
    for (const day of days.value) week[day].push(...intervals.value);
  }
  for (const intervals of Object.values(week)) {
    intervals.sort((a, b) => a.from - b.from);
    for (let i = 1; i < intervals.length; i += 1) {
      if (intervals[i].from < intervals[i - 1].to) return fail('intervals of one day must not overlap');
    }
  }
  if (Object.values(week).every((intervals) => intervals.length === 0)) return fail('must have at least one working day');
  return ok(week);
}

function mustParse(text: string): WorkingHours {
  const parsed = parseWorkingHours(text);
  if (!parsed.ok) throw new Error(`working hours "${text}": ${parsed.reason}`);
  return parsed.value;
}

/** Monday to Friday, 09:00 to 18:00. */
export const DEFAULT_WORKING_HOURS: WorkingHours = mustParse(DEFAULT_WORKING_HOURS_TEXT);

export function isWorkingDay(date: LocalDate, hours: WorkingHours): boolean {
  return (hours[isoWeekday(date)] ?? []).length > 0;
}

/** The date itself if it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: LocalDate, hours: WorkingHours): LocalDate {
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(date, offset);
    if (isWorkingDay(day, hours)) return day;
  }
  throw new RangeError('working hours without a working day');
}

/** Is the instant inside working hours, read on the wall clock of the zone? */
export function isWithinWorkingHours(instant: Date | number, hours: WorkingHours, timeZone: string): boolean {
  const wall = wallClockOf(instant, timeZone);
  const minute = wall.hour * 60 + wall.minute + wall.second / 60;
  return (hours[isoWeekday(wall.date)] ?? []).some((interval) => interval.from <= minute && minute < interval.to);
}

function startInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  // 24:00 is not a start in practice, but keep the arithmetic honest: it is the next day's midnight.
  if (minutes >= 1440) return firstInstantAtOrAfter(addDays(date, 1), timeZone);
  return firstInstantAtOrAfter(date, timeZone, Math.floor(minutes / 60), minutes % 60);
}

/**
 * The instant itself when it is within working hours, else the start of the next working interval
 * (e.g. Friday 18:30 → Monday 09:00). DST-safe: the next start is built from the local date and time.
 */
export function nextWorkingMoment(instant: Date | number, hours: WorkingHours, timeZone: string): Date {
  const at = new Date(typeof instant === 'number' ? instant : instant.getTime());
  if (isWithinWorkingHours(at, hours, timeZone)) return at;
  const today = wallClockOf(at, timeZone).date;
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = addDays(today, offset);
    for (const interval of hours[isoWeekday(date)] ?? []) {
      const start = startInstant(date, interval.from, timeZone);
      if (start.getTime() > at.getTime()) return start;
    }
  }
  throw new RangeError('working hours without a working day');
}

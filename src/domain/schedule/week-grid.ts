import { addDays, isoWeekday, LocalDate, parseLocalDate } from '../time/local-date';
import { dateSpanToInstants } from '../time/periods';
import type { BusinessTime } from '../time/settings';
import { wallClockOf } from '../time/time-zone';
import { isWorkingDay } from '../time/working-hours';
import { instantMs, rangesOverlap, ScheduleEntry } from './entry';
import { isAwayKind, scheduleKindCaption } from './kinds';
import { describeEntryPlace } from './label';
import { EmployeeName, entriesByEmployee } from './whereabouts';

/**
 * The week page of "Де співробітники": seven days from Monday across, employees down, in each cell the
 * entries touching that day in the business zone and what holds for the rest of it (the office on a working
 * day, not at work on a day off). Days are local days from midnight to midnight, so the DST Sundays of
 * 23 and 25 hours are one column each.
 */
export interface WeekDay {
  date: LocalDate;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  working: boolean;
  start: Date;
  end: Date;
}

export interface WeekGridItem {
  id: string;
  kind: string;
  caption: string;
  /** organisation or counterparty, city, purpose: '' when none */
  place: string;
  /** 'HH:MM' when it starts that day, null when it started before */
  from: string | null;
  /** 'HH:MM' when it ends that day, null when it goes on past midnight */
  to: string | null;
  /** covers the whole day (an entry written 00:00–23:59 counts) */
  allDay: boolean;
  /** vacation, sick leave, trip or day off */
  away: boolean;
}

export interface WeekGridCell {
  date: LocalDate;
  items: WeekGridItem[];
  /** what holds when no entry speaks: in the office on a working day (within working hours), else not at work */
  fallback: 'office' | 'not-at-work';
}

export interface WeekGridRow {
  employeeId: string;
  fullName: string;
  cells: WeekGridCell[];
}

export interface WeekGrid {
  from: LocalDate;
  to: LocalDate;
  days: WeekDay[];
  rows: WeekGridRow[];
}

const MINUTE = 60_000;
const two = (n: number) => String(n).padStart(2, '0');
const clock = (ms: number, timeZone: string) => {
  const wall = wallClockOf(ms, timeZone);
  return `${two(wall.hour)}:${two(wall.minute)}`;
};

/** Monday to Sunday of the week that contains `date`, with each day's instants in the zone. */
export function weekDays(date: LocalDate, time: BusinessTime): WeekDay[] {
  const parsed = parseLocalDate(date);
  if (!parsed.ok) throw new RangeError(`weekDays: "${date}" ${parsed.reason}`);
  const monday = addDays(parsed.value, 1 - isoWeekday(parsed.value));
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return { date: day, weekday: i + 1, working: isWorkingDay(day, time.workingHours), ...dateSpanToInstants({ from: day, to: day }, time.timeZone) };
  });
}

function itemOf(entry: ScheduleEntry, day: WeekDay, timeZone: string): WeekGridItem {
  const start = instantMs(entry.start);
  const end = instantMs(entry.end);
  const dayStart = day.start.getTime();
  const dayEnd = day.end.getTime();
  return {
    id: entry.id,
    kind: entry.kind,
    caption: scheduleKindCaption(entry.kind),
    place: describeEntryPlace(entry),
    from: start > dayStart ? clock(start, timeZone) : null,
    to: end < dayEnd ? clock(end, timeZone) : null,
    allDay: start <= dayStart && end >= dayEnd - MINUTE,
    away: isAwayKind(entry.kind),
  };
}

export function weekGrid(date: LocalDate, employees: readonly EmployeeName[], entries: readonly ScheduleEntry[], time: BusinessTime): WeekGrid {
  const days = weekDays(date, time);
  const groups = entriesByEmployee(entries);
  const collator = new Intl.Collator('uk');
  const rows = [...employees]
    .sort((a, b) => collator.compare(a.fullName, b.fullName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((employee) => {
      const own = [...(groups.get(employee.id) ?? [])].sort((a, b) => instantMs(a.start) - instantMs(b.start) || (a.id < b.id ? -1 : 1));
      const cells = days.map((day) => ({
        date: day.date,
        items: own
          .filter((e) => rangesOverlap(instantMs(e.start), instantMs(e.end), day.start.getTime(), day.end.getTime()))
          .map((e) => itemOf(e, day, time.timeZone)),
        fallback: (day.working ? 'office' : 'not-at-work') as WeekGridCell['fallback'],
      }));
      return { employeeId: employee.id, fullName: employee.fullName, cells };
    });
  return { from: days[0].date, to: days[6].date, days, rows };
}

import { DateSpan, dateSpanToInstants, localDateOf } from '../../time';
import type { Caption, ColumnDefinition, ReportDefinition, ReportRow } from '../definition';
import { departmentParameter, textColumn } from './common';

/** Where an employee is, as the schedule says (schedule-entry kind), with the column captions of the timesheet. */
export const SCHEDULE_KIND_CAPTIONS = {
  office: { uk: 'В офісі', en: 'Office' },
  'client-visit': { uk: 'Візити до клієнтів', en: 'Client visits' },
  'business-trip': { uk: 'Відрядження', en: 'Business trips' },
  remote: { uk: 'Віддалено', en: 'Remote' },
  vacation: { uk: 'Відпустка', en: 'Vacation' },
  'sick-leave': { uk: 'Лікарняний', en: 'Sick leave' },
  'day-off': { uk: 'Вихідний', en: 'Day off' },
  other: { uk: 'Інше', en: 'Other' },
} as const satisfies Record<string, Caption>;

export type ScheduleKind = keyof typeof SCHEDULE_KIND_CAPTIONS;
export const SCHEDULE_KINDS = Object.keys(SCHEDULE_KIND_CAPTIONS) as ScheduleKind[];

/** A schedule entry as the database gives it. */
export interface ScheduleSource {
  employee: string | null;
  kind: string | null;
  start: string | Date;
  end: string | Date;
  /** where: the client, else the city or organization */
  place: string | null;
  purpose: string | null;
}

/** 'business-trip' → 'daysBusinessTrip' */
const daysField = (kind: ScheduleKind) => `days${kind.replace(/(^|-)(\w)/g, (_m, _dash, letter: string) => letter.toUpperCase())}`;

const employeeParameter = { key: 'employee', kind: 'employee', caption: { uk: 'Співробітник', en: 'Employee' }, multiple: true } as const;

/**
 * The work schedule as a timesheet: for each employee, on how many days of the period they were in the
 * office, at clients, on trips, remote, on vacation, sick or off (a day counts for each kind an entry of it
 * touches, on the business zone's calendar), the hours of each kind within the period, and every entry.
 */
export const workScheduleReport = {
  key: 'work-schedule',
  title: { uk: 'Графік роботи і табель', en: 'Work schedule and timesheet' },
  section: 'schedule',
  parameters: [{ key: 'period', kind: 'period', caption: { uk: 'Період', en: 'Period' }, required: true, maxDays: 366 }, employeeParameter, departmentParameter],
  sheets: [
    {
      name: { uk: 'Табель', en: 'Timesheet' },
      columns: [
        textColumn('employee', { uk: 'Співробітник', en: 'Employee' }, 30),
        ...SCHEDULE_KINDS.map((kind): ColumnDefinition => ({ field: daysField(kind), caption: SCHEDULE_KIND_CAPTIONS[kind], type: 'integer', total: 'sum' })),
      ],
      sort: [{ field: 'employee' }],
    },
    {
      name: { uk: 'Години за видами', en: 'Hours by kind' },
      columns: [
        textColumn('employee', { uk: 'Співробітник', en: 'Employee' }, 30),
        textColumn('kind', { uk: 'Вид', en: 'Kind' }, 18),
        { field: 'days', caption: { uk: 'Днів', en: 'Days' }, type: 'integer', total: 'sum' },
        { field: 'hours', caption: { uk: 'Годин', en: 'Hours' }, type: 'decimal', decimals: 1, total: 'sum' },
      ],
      groupBy: ['employee'],
      chart: { category: 'kind', series: ['hours'] },
    },
    {
      name: { uk: 'Записи графіка', en: 'Schedule entries' },
      columns: [
        { field: 'start', caption: { uk: 'Початок', en: 'Start' }, type: 'datetime' },
        { field: 'end', caption: { uk: 'Кінець', en: 'End' }, type: 'datetime' },
        textColumn('employee', { uk: 'Співробітник', en: 'Employee' }, 26),
        textColumn('kind', { uk: 'Вид', en: 'Kind' }, 18),
        textColumn('place', { uk: 'Де', en: 'Where' }, 28),
        textColumn('purpose', { uk: 'Мета', en: 'Purpose' }, 36),
      ],
    },
  ],
} satisfies Omit<ReportDefinition, 'query' | 'pages'>;

const MINUTE = 60_000;

/** The local dates of the period an entry touches, and its minutes within the period. */
export function entryWithin(entry: Pick<ScheduleSource, 'start' | 'end'>, period: DateSpan, timeZone: string): { dates: string[]; minutes: number } {
  const range = dateSpanToInstants(period, timeZone);
  const start = Math.max(new Date(entry.start).getTime(), range.start.getTime());
  const end = Math.min(new Date(entry.end).getTime(), range.end.getTime());
  if (!(end > start)) return { dates: [], minutes: 0 };
  const dates: string[] = [];
  // the last moment inside the entry decides its last day: an entry ending at midnight does not touch the next day
  const last = localDateOf(end - 1, timeZone);
  for (let day = localDateOf(start, timeZone); day <= last; day = nextDate(day)) dates.push(day);
  return { dates, minutes: Math.round((end - start) / MINUTE) };
}

function nextDate(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The three sheets' rows from the period's entries. */
export function workScheduleSheets(entries: readonly ScheduleSource[], period: DateSpan, timeZone: string): ReportRow[][] {
  const byEmployee = new Map<string | null, Map<ScheduleKind, { dates: Set<string>; minutes: number }>>();
  for (const entry of entries) {
    const kind = (SCHEDULE_KINDS as readonly string[]).includes(entry.kind ?? '') ? (entry.kind as ScheduleKind) : 'other';
    const { dates, minutes } = entryWithin(entry, period, timeZone);
    if (dates.length === 0) continue;
    const kinds = byEmployee.get(entry.employee) ?? new Map();
    byEmployee.set(entry.employee, kinds);
    const figures = kinds.get(kind) ?? { dates: new Set<string>(), minutes: 0 };
    kinds.set(kind, figures);
    dates.forEach((date) => figures.dates.add(date));
    figures.minutes += minutes;
  }
  const timesheet = [...byEmployee.entries()].map(([employee, kinds]) => ({
    employee,
    ...Object.fromEntries(SCHEDULE_KINDS.map((kind) => [daysField(kind), kinds.get(kind)?.dates.size ?? 0])),
  }));
  const hours = [...byEmployee.entries()].flatMap(([employee, kinds]) =>
    SCHEDULE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({
      employee,
      kind: SCHEDULE_KIND_CAPTIONS[kind].uk,
      days: kinds.get(kind)!.dates.size,
      // tenths of an hour, exact: whole minutes over 60 rounded to one place
      hours: Math.round((kinds.get(kind)!.minutes * 10) / 60) / 10,
    })),
  );
  const list = entries.map((entry) => ({
    start: entry.start,
    end: entry.end,
    employee: entry.employee,
    kind: SCHEDULE_KIND_CAPTIONS[(SCHEDULE_KINDS as readonly string[]).includes(entry.kind ?? '') ? (entry.kind as ScheduleKind) : 'other'].uk,
    place: entry.place,
    purpose: entry.purpose,
  }));
  return [timesheet, hours, list];
}

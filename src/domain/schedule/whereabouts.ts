import type { BusinessTime } from '../time/settings';
import { isWithinWorkingHours } from '../time/working-hours';
import { covers, instantMs, ScheduleEntry } from './entry';
import { isAwayKind, scheduleKindCaption } from './kinds';
import { describeEntryPlace, describeUntil } from './label';

/**
 * Where a person is at an instant. An entry covering the instant says it; with none, the working hours
 * decide: within them the person is in the office (the company's default, issue 10), outside them not at
 * work. An entry wins over the working hours both ways: an office entry on a Saturday is work, a vacation
 * on a Tuesday is not.
 */
export type WhereaboutsSource = 'entry' | 'working-hours' | 'off-hours';

export interface Whereabouts {
  employeeId: string;
  /** 'entry' when an entry covers the instant; else by the working hours */
  source: WhereaboutsSource;
  /** the entry's kind; 'office' within working hours without an entry; null outside them */
  kind: string | null;
  /** working now: not away (vacation, sick leave, trip, day off) and not outside working hours without an entry */
  atWork: boolean;
  entry: ScheduleEntry | null;
  /** for a person: 'Відпустка до 05.12.2026', 'Візит до клієнта: ТОВ «Ромашка» — Презентація до 12:00', 'В офісі', 'Не на роботі' */
  label: string;
}

export const IN_OFFICE_LABEL = 'В офісі';
export const NOT_AT_WORK_LABEL = 'Не на роботі';

/**
 * The entry that speaks for the instant when several cover it (the overlap check keeps them apart, but
 * data written around it may not be): an absence first, since sending work to someone on leave is the
 * worse mistake; then the one that started last (the more specific: a visit inside an office day); then by id.
 */
function speakingEntry(entries: readonly ScheduleEntry[]): ScheduleEntry | null {
  let best: ScheduleEntry | null = null;
  for (const entry of entries) {
    if (!best) {
      best = entry;
      continue;
    }
    const away = Number(isAwayKind(entry.kind)) - Number(isAwayKind(best.kind));
    const later = instantMs(entry.start) - instantMs(best.start);
    if (away > 0 || (away === 0 && (later > 0 || (later === 0 && entry.id < best.id)))) best = entry;
  }
  return best;
}

function entryLabel(entry: ScheduleEntry, at: number, timeZone: string): string {
  const place = describeEntryPlace(entry);
  return `${scheduleKindCaption(entry.kind)}${place ? `: ${place}` : ''} ${describeUntil(entry, at, timeZone)}`;
}

/** Where one employee is at `at`, from their entries (entries of other employees are ignored). */
export function whereaboutsAt(employeeId: string, entries: readonly ScheduleEntry[], at: Date | number, time: BusinessTime): Whereabouts {
  const ms = instantMs(at);
  if (Number.isNaN(ms)) throw new RangeError('whereaboutsAt: invalid instant');
  const entry = speakingEntry(entries.filter((e) => e.employeeId === employeeId && covers(e, ms)));
  if (entry) {
    return { employeeId, source: 'entry', kind: entry.kind, atWork: !isAwayKind(entry.kind), entry, label: entryLabel(entry, ms, time.timeZone) };
  }
  if (isWithinWorkingHours(ms, time.workingHours, time.timeZone)) {
    return { employeeId, source: 'working-hours', kind: 'office', atWork: true, entry: null, label: IN_OFFICE_LABEL };
  }
  return { employeeId, source: 'off-hours', kind: null, atWork: false, entry: null, label: NOT_AT_WORK_LABEL };
}

export interface EmployeeName {
  id: string;
  fullName: string;
}

export interface EmployeeWhereabouts extends Whereabouts {
  fullName: string;
}

/** Entries grouped by employee, once, so a page of many people does not filter the whole list per person. */
export function entriesByEmployee(entries: readonly ScheduleEntry[]): Map<string, ScheduleEntry[]> {
  const groups = new Map<string, ScheduleEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.employeeId);
    if (group) group.push(entry);
    else groups.set(entry.employeeId, [entry]);
  }
  return groups;
}

const collator = new Intl.Collator('uk');

/** "Where is everyone at t": every given employee (the caller decides who may be seen), by name. */
export function whereaboutsOfAll(
  employees: readonly EmployeeName[],
  entries: readonly ScheduleEntry[],
  at: Date | number,
  time: BusinessTime,
): EmployeeWhereabouts[] {
  const groups = entriesByEmployee(entries);
  return [...employees]
    .sort((a, b) => collator.compare(a.fullName, b.fullName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((employee) => ({ ...whereaboutsAt(employee.id, groups.get(employee.id) ?? [], at, time), fullName: employee.fullName }));
}

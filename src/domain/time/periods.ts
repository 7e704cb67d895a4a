import { DomainValidationError, FieldIssue } from '../errors';
import { addDays, addMonths, dateParts, isoWeekday, LocalDate, localDateFromParts, parseLocalDate } from './local-date';
import { firstInstantAtOrAfter, localDateOf } from './time-zone';

/**
 * Calendar periods (day, week from Monday, month, quarter, year) as local dates, and as the UTC instants
 * that bound them in a time zone. Instant ranges are half-open, [start, end): `end` is the first instant of
 * the next period, so consecutive periods neither overlap nor leave a gap, and a day of 23 or 25 hours (the
 * DST changes) is still exactly one day. Query with `>= start` and `< end`.
 */

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERIOD_UNITS: readonly PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Inclusive local dates: the first and the last day of a period. */
export interface DateSpan {
  from: LocalDate;
  to: LocalDate;
}

/** Half-open: start ≤ t < end. */
export interface InstantRange {
  start: Date;
  end: Date;
}

/** 1–4 */
export function quarterOf(date: LocalDate): number {
  return Math.floor((dateParts(date).month - 1) / 3) + 1;
}

/** The first day of the period that contains `date`. */
export function startOfPeriod(unit: PeriodUnit, date: LocalDate): LocalDate {
  const { year, month } = dateParts(date); // also refuses anything but a real date
  switch (unit) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, 1 - isoWeekday(date));
    case 'month':
      return localDateFromParts(year, month, 1);
    case 'quarter':
      return localDateFromParts(year, (quarterOf(date) - 1) * 3 + 1, 1);
    case 'year':
      return localDateFromParts(year, 1, 1);
    default:
      throw new RangeError(`unknown period unit "${unit}"`);
  }
}

/** The first day of the next period. */
function startOfNextPeriod(unit: PeriodUnit, date: LocalDate): LocalDate {
  const start = startOfPeriod(unit, date);
  switch (unit) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return addMonths(start, 1);
    case 'quarter':
      return addMonths(start, 3);
    default:
      return addMonths(start, 12);
  }
}

/** The period containing `date`, as its first and last day: periodDates('week', '2026-11-29') → 23.11–29.11. */
export function periodDates(unit: PeriodUnit, date: LocalDate): DateSpan {
  return { from: startOfPeriod(unit, date), to: addDays(startOfNextPeriod(unit, date), -1) };
}

/** Inclusive local dates → the half-open range of instants they cover in the zone (from the first instant of `from`). */
export function dateSpanToInstants(span: DateSpan, timeZone: string): InstantRange {
  return { start: firstInstantAtOrAfter(span.from, timeZone), end: firstInstantAtOrAfter(addDays(span.to, 1), timeZone) };
}

/**
 * The period containing a local date or an instant (read in the zone), as instants:
 * periodRange('month', new Date(), 'Europe/Kyiv') → this month in Kyiv.
 */
export function periodRange(unit: PeriodUnit, at: LocalDate | Date, timeZone: string): InstantRange {
  const date = typeof at === 'string' ? at : localDateOf(at, timeZone);
  return dateSpanToInstants(periodDates(unit, date), timeZone);
}

/**
 * Report boundaries from user input: `from` and `to` are inclusive local dates ('YYYY-MM-DD'), `to` not
 * before `from`. Throws a DomainValidationError naming the fields ('from: must be a date YYYY-MM-DD').
 */
export function reportRange(from: unknown, to: unknown, timeZone: string): InstantRange & DateSpan {
  const issues: FieldIssue[] = [];
  const fromDate = parseLocalDate(from);
  const toDate = parseLocalDate(to);
  if (!fromDate.ok) issues.push({ field: 'from', reason: fromDate.reason });
  if (!toDate.ok) issues.push({ field: 'to', reason: toDate.reason });
  if (fromDate.ok && toDate.ok && toDate.value < fromDate.value) issues.push({ field: 'to', reason: 'must not be before from' });
  // (a failed parse has put its issue in the list; naming both lets strict compilers narrow them)
  if (issues.length > 0 || !fromDate.ok || !toDate.ok) throw new DomainValidationError(issues);
  const span = { from: fromDate.value, to: toDate.value };
  return { ...span, ...dateSpanToInstants(span, timeZone) };
}

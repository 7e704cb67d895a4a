import { DateSpan, dateParts, LocalDate, PeriodUnit, periodDates, quarterOf } from '../time';
import { formatLocalDate } from './dates';

/** Report periods in Ukrainian: '01.11.2026–30.11.2026', 'листопад 2026', 'IV квартал 2026', '2026 рік'. */

/** Nominative month names, as a period is named in a heading ('листопад 2026'). */
export const MONTH_NAMES = [
  'січень', 'лютий', 'березень', 'квітень', 'травень', 'червень',
  'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень',
] as const;

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** '01.11.2026–30.11.2026' (an en dash, no spaces); a single day is just its date. */
export function formatDateSpan(span: DateSpan): string {
  if (span.from === span.to) return formatLocalDate(span.from);
  return `${formatLocalDate(span.from)}–${formatLocalDate(span.to)}`;
}

/** 'листопад 2026' for any date in November 2026. */
export function formatMonth(date: LocalDate): string {
  const { year, month } = dateParts(date);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** 'IV квартал 2026' for any date in October–December 2026. */
export function formatQuarter(date: LocalDate): string {
  return `${QUARTER_NUMERALS[quarterOf(date) - 1]} квартал ${dateParts(date).year}`;
}

/** '2026 рік'. */
export function formatYear(date: LocalDate): string {
  return `${dateParts(date).year} рік`;
}

/** The period of the given unit that contains `date`, named the way a report heading would. */
export function formatPeriod(unit: PeriodUnit, date: LocalDate): string {
  switch (unit) {
    case 'month':
      return formatMonth(date);
    case 'quarter':
      return formatQuarter(date);
    case 'year':
      return formatYear(date);
    default:
      return formatDateSpan(periodDates(unit, date));
  }
}

const same = (a: DateSpan, b: DateSpan) => a.from === b.from && a.to === b.to;

/** A span by its name when it is exactly a calendar month, quarter or year, else by its dates. */
export function describeDateSpan(span: DateSpan): string {
  for (const unit of ['month', 'quarter', 'year'] as const) {
    if (same(span, periodDates(unit, span.from))) return formatPeriod(unit, span.from);
  }
  return formatDateSpan(span);
}

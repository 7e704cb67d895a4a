export {
  parseLocalDate,
  isLocalDate,
  dateParts,
  localDateFromParts,
  daysInMonth,
  addDays,
  addMonths,
  daysBetween,
  isoWeekday,
  isWeekend,
  compareLocalDates,
} from './local-date';
export type { LocalDate, DateParts } from './local-date';
export { DEFAULT_TIME_ZONE, checkTimeZone, wallClockOf, localDateOf, offsetMinutesAt, instantOf, firstInstantAtOrAfter } from './time-zone';
export type { WallClock } from './time-zone';
export { PERIOD_UNITS, quarterOf, startOfPeriod, periodDates, dateSpanToInstants, periodRange, reportRange } from './periods';
export type { PeriodUnit, DateSpan, InstantRange } from './periods';
export {
  DEFAULT_WORKING_HOURS_TEXT,
  DEFAULT_WORKING_HOURS,
  parseWorkingHours,
  isWorkingDay,
  workingDayOnOrAfter,
  isWithinWorkingHours,
  nextWorkingMoment,
} from './working-hours';
export type { WorkingHours, WorkingInterval } from './working-hours';
export { checkBusinessTime } from './settings';
export type { BusinessTime } from './settings';

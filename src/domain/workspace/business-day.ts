import { addDays, DateSpan, dateSpanToInstants, InstantRange, LocalDate, localDateOf, periodDates, wallClockOf } from '../time';

/**
 * "Today" and "this month" of the business, not of the server or the browser: a Kyiv company's day
 * starts at 00:00 in Kyiv (22:00 or 21:00 UTC the evening before), whatever zone the server runs in.
 * Ranges are half-open [start, end), so a record at 00:00 of the next day belongs to the next day.
 */
export interface BusinessDay extends InstantRange {
  /** the local date, 'YYYY-MM-DD' */
  date: LocalDate;
}

export interface BusinessMonth extends InstantRange, DateSpan {}

export function businessDayAt(now: Date, timeZone: string): BusinessDay {
  const date = localDateOf(now, timeZone);
  return { date, ...dateSpanToInstants({ from: date, to: date }, timeZone) };
}

export function businessMonthAt(now: Date, timeZone: string): BusinessMonth {
  const span = periodDates('month', localDateOf(now, timeZone));
  return { ...span, ...dateSpanToInstants(span, timeZone) };
}

/** The day and the `days - 1` days after it, as one range: "the next two weeks". */
export function businessDaysFrom(day: BusinessDay, days: number, timeZone: string): BusinessMonth {
  const span = { from: day.date, to: addDays(day.date, days - 1) };
  return { ...span, ...dateSpanToInstants(span, timeZone) };
}

const two = (n: number) => String(n).padStart(2, '0');

/** 'HH:MM' of an instant on the wall clock of the zone. */
export function clockTime(instant: Date | string, timeZone: string): string {
  const wall = wallClockOf(new Date(instant), timeZone);
  return `${two(wall.hour)}:${two(wall.minute)}`;
}

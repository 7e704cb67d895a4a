import { addDays, isoWeekday } from '../time/local-date';
import { firstInstantAtOrAfter, wallClockOf } from '../time/time-zone';
import { nextWorkingMoment, WorkingHours } from '../time/working-hours';

const MINUTE = 60_000;
/** A year of intervals at most: anything longer is a configuration mistake, not a deadline. */
const MAX_INTERVALS = 3000;

/** The end instant of the working interval that contains `at` (at is within working hours). */
function intervalEnd(at: Date, hours: WorkingHours, timeZone: string): Date {
  const wall = wallClockOf(at, timeZone);
  const minute = wall.hour * 60 + wall.minute + wall.second / 60;
  const interval = (hours[isoWeekday(wall.date)] ?? []).find((i) => i.from <= minute && minute < i.to);
  if (!interval) throw new RangeError('addWorkingTime: not within working hours'); // nextWorkingMoment guarantees it
  if (interval.to >= 1440) return firstInstantAtOrAfter(addDays(wall.date, 1), timeZone);
  return firstInstantAtOrAfter(wall.date, timeZone, Math.floor(interval.to / 60), interval.to % 60);
}

/**
 * The instant after `minutes` of working time from `start`: the clock runs only within working hours, in
 * real elapsed time. Interval bounds are local wall-clock times turned into instants day by day, so a DST
 * change neither shifts the office hours nor loses or adds an hour (an interval that spans the change,
 * a night shift, lasts what it really lasts). Ending exactly at a closing time gives the closing time.
 */
export function addWorkingTime(start: Date, minutes: number, hours: WorkingHours, timeZone: string): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('addWorkingTime: minutes must be a non-negative number');
  if (minutes === 0) return new Date(start.getTime());
  let remaining = minutes * MINUTE;
  let cursor = nextWorkingMoment(start, hours, timeZone);
  for (let n = 0; n < MAX_INTERVALS; n += 1) {
    const end = intervalEnd(cursor, hours, timeZone);
    const available = end.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = nextWorkingMoment(end, hours, timeZone);
  }
  throw new RangeError('addWorkingTime: the time does not fit in a year of working hours');
}

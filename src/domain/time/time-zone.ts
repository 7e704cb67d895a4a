import { fail, ok, Result } from '../result';
import { dateParts, LocalDate, localDateFromParts } from './local-date';

/**
 * Instants and wall clocks in an IANA time zone, through Intl (Node 20 ships full ICU with tzdata):
 * no time-zone library is needed. Every function takes the zone explicitly; the business zone is read
 * from the configuration by the Strapi side and passed in.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

/** Older ICU builds know Kyiv only by its former spelling. */
const ALIASES: Record<string, string> = { 'Europe/Kyiv': 'Europe/Kiev' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function makeFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = makeFormatter(timeZone);
    } catch (error) {
      if (!ALIASES[timeZone]) throw error;
      formatter = makeFormatter(ALIASES[timeZone]);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** An IANA zone name this runtime knows ('Europe/Kyiv', 'UTC'); the name is returned as given. */
export function checkTimeZone(name: unknown): Result<string> {
  if (typeof name !== 'string' || name.trim() === '') return fail('must be an IANA time zone such as Europe/Kyiv');
  try {
    formatterFor(name.trim());
    return ok(name.trim());
  } catch {
    return fail(`"${name}" is not a time zone this runtime knows (an IANA name such as Europe/Kyiv)`);
  }
}

/** What a wall clock in the zone shows at an instant. */
export interface WallClock {
  date: LocalDate;
  hour: number;
  minute: number;
  second: number;
}

function toMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid instant');
  return ms;
}

export function wallClockOf(instant: Date | number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(toMs(instant)))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { date: localDateFromParts(parts.year, parts.month, parts.day), hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** The local date of an instant in the zone. */
export function localDateOf(instant: Date | number, timeZone: string): LocalDate {
  return wallClockOf(instant, timeZone).date;
}

/** How far the zone's clock is ahead of UTC at an instant, in minutes (Kyiv: 120 in winter, 180 in summer). */
export function offsetMinutesAt(instant: Date | number, timeZone: string): number {
  const ms = toMs(instant);
  const wall = wallClockOf(ms, timeZone);
  const { year, month, day } = dateParts(wall.date);
  const wallAsUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second);
  return Math.round((wallAsUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const HOUR_MS = 3_600_000;

/**
 * The instant a wall clock in the zone shows `date hour:minute`. DST follows the rule of Temporal's
 * 'compatible' disambiguation: a time that does not exist (the spring-forward gap, 03:00–03:59 in Kyiv on
 * the last Sunday of March) moves forward by the gap, to 04:xx; a time that happens twice (the autumn
 * 03:00–03:59) is the earlier of the two.
 */
export function instantOf(date: LocalDate, timeZone: string, hour = 0, minute = 0, second = 0): Date {
  const { year, month, day } = dateParts(date);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Offsets a day either side of the wall time: a zone changes its offset at most once in between.
  const offsetBefore = offsetMinutesAt(wallAsUtc - 24 * HOUR_MS, timeZone);
  const offsetAfter = offsetMinutesAt(wallAsUtc + 24 * HOUR_MS, timeZone);
  if (offsetBefore === offsetAfter) return new Date(wallAsUtc - offsetBefore * 60_000); // no change near: the usual case
  const candidates = [wallAsUtc - offsetBefore * 60_000, wallAsUtc - offsetAfter * 60_000]
    .filter((ms) => {
      const wall = wallClockOf(ms, timeZone);
      return wall.date === date && wall.hour === hour && wall.minute === minute && wall.second === second;
    })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // In the gap: read the wall time with the offset in force before the change, which lands after it.
  return new Date(wallAsUtc - offsetBefore * 60_000);
}

/**
 * The first instant at which the zone's wall clock reads `date hour:minute` or later. The same as
 * instantOf except inside a spring-forward gap, where it is the moment of the change (a shift set to start
 * at 03:30 on the day the clocks jump from 03:00 to 04:00 starts at 04:00, not at 04:30).
 */
export function firstInstantAtOrAfter(date: LocalDate, timeZone: string, hour = 0, minute = 0): Date {
  const candidate = instantOf(date, timeZone, hour, minute);
  const wall = wallClockOf(candidate, timeZone);
  if (wall.date === date && wall.hour === hour && wall.minute === minute) return candidate;
  const reached = (ms: number) => {
    const w = wallClockOf(ms, timeZone);
    return w.date > date || (w.date === date && w.hour * 60 + w.minute >= hour * 60 + minute);
  };
  // The change happened within the gap's length before the candidate: bisect to the second.
  const gapMs = (offsetMinutesAt(candidate, timeZone) - offsetMinutesAt(candidate.getTime() - 24 * HOUR_MS, timeZone)) * 60_000;
  let low = candidate.getTime() - Math.max(gapMs, 60_000);
  let high = candidate.getTime();
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (reached(middle)) high = middle;
    else low = middle;
  }
  return new Date(high);
}

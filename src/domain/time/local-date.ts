import { fail, ok, Result } from '../result';

/**
 * A calendar date without a time zone, as Strapi stores `date` fields: 'YYYY-MM-DD'. Arithmetic on it is
 * plain calendar arithmetic (done on UTC midnights, where every day has 24 hours), so it never meets DST.
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** 'YYYY-MM-DD' of a real calendar day (2026-02-29 is refused). */
export function parseLocalDate(text: unknown): Result<LocalDate> {
  if (typeof text !== 'string') return fail('must be a date YYYY-MM-DD');
  const match = SHAPE.exec(text.trim());
  if (!match) return fail('must be a date YYYY-MM-DD');
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('is not a calendar date');
  return ok(match[0]);
}

export function isLocalDate(text: unknown): text is LocalDate {
  return parseLocalDate(text).ok;
}

/** The parts of a date; throws a RangeError on anything but a real 'YYYY-MM-DD' date. */
export function dateParts(date: LocalDate): DateParts {
  const parsed = parseLocalDate(date);
  if (!parsed.ok) throw new RangeError(`"${date}" ${parsed.reason}`);
  const [year, month, day] = parsed.value.split('-').map(Number);
  return { year, month, day };
}

export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcMidnight(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): LocalDate {
  const d = new Date(ms);
  return localDateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** Adds calendar months; the day is clamped to the month's length (31 January + 1 month = 28/29 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return localDateFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the Ukrainian week starts on Monday). */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(utcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

/** -1, 0 or 1; 'YYYY-MM-DD' strings also compare correctly as text. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

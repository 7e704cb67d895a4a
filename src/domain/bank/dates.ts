import { daysInMonth, localDateFromParts, LocalDate } from '../time/local-date';

/**
 * Dates as Ukrainian and Russian banks write them: dd.mm.yyyy, optionally followed by a time
 * (hh:mm or hh:mm:ss), which a statement does not need and which is dropped once checked.
 */
const BANK_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** 'YYYY-MM-DD' of a real calendar day with a real time of day, or null. */
export function parseBankDate(text: string): LocalDate | null {
  const match = BANK_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1, 4).map(Number);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const [hour, minute, second] = match.slice(4).map((part) => (part === undefined ? 0 : Number(part)));
  if (hour > 23 || minute > 59 || second > 59) return null;
  return localDateFromParts(year, month, day);
}

export function earliest(dates: readonly LocalDate[]): LocalDate | null {
  return dates.reduce<LocalDate | null>((min, date) => (min === null || date < min ? date : min), null);
}

export function latest(dates: readonly LocalDate[]): LocalDate | null {
  return dates.reduce<LocalDate | null>((max, date) => (max === null || date > max ? date : max), null);
}

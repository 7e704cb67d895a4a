import { dateParts, LocalDate, wallClockOf } from '../time';

/** Dates as Ukrainian documents print them: '29.11.2026', '29.11.2026 14:05' (24-hour clock). */

const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-29' → '29.11.2026'. */
export function formatLocalDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${two(day)}.${two(month)}.${year}`;
}

/** The date of an instant in the zone: '29.11.2026'. */
export function formatDate(instant: Date | number, timeZone: string): string {
  return formatLocalDate(wallClockOf(instant, timeZone).date);
}

/** The date and time of an instant in the zone: '29.11.2026 14:05'. */
export function formatDateTime(instant: Date | number, timeZone: string): string {
  const wall = wallClockOf(instant, timeZone);
  return `${formatLocalDate(wall.date)} ${two(wall.hour)}:${two(wall.minute)}`;
}

import { wallClockOf } from '../../domain/time/time-zone';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * '29.11.2026 14:05' in the business zone, as domain/format prints dates. Imported from the time-zone module
 * alone: the domain's index modules bring code the admin's stricter compiler settings refuse.
 */
export function dateTimeText(instant: string | Date, timeZone: string): string {
  const wall = wallClockOf(new Date(instant), timeZone);
  const [year, month, day] = wall.date.split('-');
  return `${day}.${month}.${year} ${two(wall.hour)}:${two(wall.minute)}`;
}

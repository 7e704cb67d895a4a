import { formatDateTime } from '../format/dates';
import { wallClockOf } from '../time/time-zone';
import { instantMs, ScheduleEntry } from './entry';
import { scheduleKindCaption } from './kinds';

/**
 * How an entry reads in a message or on the whereabouts page. These are plain Ukrainian strings, not
 * catalog messages: they describe data (a place, a purpose) for the Ukrainian panel, they are not
 * refusals an API client might want in English; the catalog message that quotes one ('schedule.overlap')
 * carries it as a parameter.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** 'Відпустка, 01.12.2026 00:00 – 05.12.2026 23:59': the kind and the span, in the zone. */
export function describeEntrySpan(entry: Pick<ScheduleEntry, 'kind' | 'start' | 'end'>, timeZone: string): string {
  const start = formatDateTime(instantMs(entry.start), timeZone);
  const end = formatDateTime(instantMs(entry.end), timeZone);
  return `${scheduleKindCaption(entry.kind)}, ${start} – ${end}`;
}

/** Where and why, from the entry's details: 'ТОВ «Ромашка», Львів — Підписання договору'; '' when it has none. */
export function describeEntryPlace(entry: ScheduleEntry): string {
  const where = [entry.organization || entry.counterpartyName, entry.city].filter((part) => part && String(part).trim()).join(', ');
  const purpose = entry.purpose && entry.purpose.trim() ? entry.purpose.trim() : '';
  return [where, purpose].filter(Boolean).join(' — ');
}

/**
 * When an entry in progress at `at` ends, as a person says it: 'до 18:00' the same day, else 'до 05.12.2026'
 * (the last day it covers: an entry ending at 00:00 of the 6th ends with the 5th).
 */
export function describeUntil(entry: Pick<ScheduleEntry, 'end'>, at: number, timeZone: string): string {
  const end = instantMs(entry.end);
  const endWall = wallClockOf(end, timeZone);
  if (endWall.date === wallClockOf(at, timeZone).date) return `до ${two(endWall.hour)}:${two(endWall.minute)}`;
  const lastDay = wallClockOf(end - 1, timeZone).date.split('-');
  return `до ${lastDay[2]}.${lastDay[1]}.${lastDay[0]}`;
}

import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';
import { instantMs, rangesOverlap, ScheduleEntry } from './entry';
import { describeEntrySpan } from './label';

/** The entry being saved: `id` is absent on create and the entry's own id on update (so it never clashes with itself). */
export interface ScheduleCandidate {
  id?: string | null;
  employeeId: string;
  start: ScheduleEntry['start'];
  end: ScheduleEntry['end'];
}

/**
 * The first of the employee's other entries the candidate shares an instant with (the earliest by start,
 * then by id, so the message is the same on every try), or null. Every kind clashes with every kind: a
 * client visit during a vacation is a mistake in one of them, and the person fixing it should see which.
 * Touching entries (one ends at 13:00, the next starts at 13:00) do not clash.
 */
export function findOverlap(candidate: ScheduleCandidate, others: readonly ScheduleEntry[]): ScheduleEntry | null {
  const start = instantMs(candidate.start);
  const end = instantMs(candidate.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return null; // validateScheduleEntry reports these
  let clash: ScheduleEntry | null = null;
  for (const other of others) {
    if (other.employeeId !== candidate.employeeId) continue;
    if (candidate.id != null && other.id === candidate.id) continue;
    if (!rangesOverlap(start, end, instantMs(other.start), instantMs(other.end))) continue;
    if (!clash || instantMs(other.start) < instantMs(clash.start) || (instantMs(other.start) === instantMs(clash.start) && other.id < clash.id)) {
      clash = other;
    }
  }
  return clash;
}

/** The 400 for a clash, naming the entry in the way: "перетинається … : Відпустка, 01.12.2026 00:00 – 05.12.2026 23:59". */
export function overlapIssue(clash: ScheduleEntry, timeZone: string): FieldIssue {
  return issue('start', 'schedule.overlap', { label: describeEntrySpan(clash, timeZone) });
}

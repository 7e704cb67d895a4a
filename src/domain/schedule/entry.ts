/**
 * A schedule entry as the pure core reads it: relations flattened to ids (documentIds) and the names a
 * message needs. Instants are Dates or ISO strings, as the data layer returns them. An entry covers the
 * half-open range [start, end): an entry ending at 13:00 and the next starting at 13:00 do not clash.
 */
export type Instant = Date | string | number;

export interface ScheduleEntry {
  id: string;
  employeeId: string;
  start: Instant;
  end: Instant;
  kind: string;
  counterpartyId?: string | null;
  counterpartyName?: string | null;
  city?: string | null;
  organization?: string | null;
  purpose?: string | null;
  note?: string | null;
}

/** Milliseconds of an instant, NaN when it is not one. */
export function instantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'string' && value.trim() !== '') return new Date(value).getTime();
  return NaN;
}

/** Does the entry cover the instant? start ≤ t < end. */
export function covers(entry: Pick<ScheduleEntry, 'start' | 'end'>, at: number): boolean {
  return instantMs(entry.start) <= at && at < instantMs(entry.end);
}

/** Do two half-open ranges share an instant? */
export function rangesOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

import { enumCaption } from '../../type-meta/labels';

/** The kinds of a schedule entry, as the schema's `kind` enumeration (a unit test keeps them in step). */
export const SCHEDULE_KINDS = ['office', 'client-visit', 'business-trip', 'remote', 'vacation', 'sick-leave', 'day-off', 'other'] as const;

export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export function isScheduleKind(value: unknown): value is ScheduleKind {
  return typeof value === 'string' && (SCHEDULE_KINDS as readonly string[]).includes(value);
}

/**
 * Kinds that take a person out of work: issue 10 names vacation, sick leave, a trip and a day off. A client
 * visit, remote work and "other" are work (a manager on a visit still answers the phone and the inbox), so
 * a request may still go to them.
 */
export const AWAY_KINDS: ReadonlySet<ScheduleKind> = new Set<ScheduleKind>(['vacation', 'sick-leave', 'business-trip', 'day-off']);

export function isAwayKind(kind: string): boolean {
  return AWAY_KINDS.has(kind as ScheduleKind);
}

/**
 * Fields an entry of a kind cannot do without, beyond employee, start, end and kind: a visit is to a
 * counterparty for a purpose, a trip is to a city for a purpose, "other" says what it is. The organisation
 * of a trip stays optional (a trip to a region's office, an exhibition).
 */
export const KIND_REQUIRED_FIELDS: Readonly<Record<ScheduleKind, readonly string[]>> = {
  office: [],
  'client-visit': ['counterparty', 'purpose'],
  'business-trip': ['city', 'purpose'],
  remote: [],
  vacation: [],
  'sick-leave': [],
  'day-off': [],
  other: ['purpose'],
};

const SCHEDULE_ENTRY_UID = 'api::schedule-entry.schedule-entry';

/** The caption of a kind, from the schedule entry's meta: 'vacation' → 'Відпустка'. */
export function scheduleKindCaption(kind: string): string {
  return enumCaption(SCHEDULE_ENTRY_UID, 'kind', kind);
}

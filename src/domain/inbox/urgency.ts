/** Urgency of an inbound request, as the schema's enumeration (a unit test keeps them in step). */
export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;

export type Urgency = (typeof URGENCIES)[number];

/** The schema's default, and what a missing or unknown urgency counts as. */
export const DEFAULT_URGENCY: Urgency = 'normal';

export function readUrgency(value: unknown): Urgency {
  return typeof value === 'string' && (URGENCIES as readonly string[]).includes(value) ? (value as Urgency) : DEFAULT_URGENCY;
}

/** Request states after which nothing is due: the request is closed. */
export const CLOSED_REQUEST_STATES: readonly string[] = ['done', 'rejected'];

/**
 * The others: the request waits for someone. Named, not "not closed", so a query for open requests is an
 * index range on the state (a company's years of closed requests are never read to find today's).
 */
export const OPEN_REQUEST_STATES: readonly string[] = ['new', 'assigned', 'read', 'in-progress'];

export function isClosedRequest(state: string | null | undefined): boolean {
  return CLOSED_REQUEST_STATES.includes(state ?? '');
}

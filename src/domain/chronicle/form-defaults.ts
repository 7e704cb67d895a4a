import type { FieldIssue } from '../errors';
import { issue } from '../messages/render';

/**
 * What a new interaction gets when the writer leaves it out: the moment is now (a contact is usually
 * written down as it happens), and its state follows its moment: a contact dated in the future is being
 * planned, one dated now or earlier has happened. A state or moment the writer gave is kept.
 */
export function newInteractionDefaults(data: { occurredAt?: unknown; state?: unknown }, now: Date): { occurredAt?: string; state?: 'planned' | 'done' } {
  const defaults: { occurredAt?: string; state?: 'planned' | 'done' } = {};
  const blank = (value: unknown) => value === undefined || value === null || value === '';
  if (blank(data.occurredAt)) defaults.occurredAt = now.toISOString();
  if (blank(data.state)) {
    const at = new Date(String(defaults.occurredAt ?? data.occurredAt));
    defaults.state = !Number.isNaN(at.getTime()) && at.getTime() > now.getTime() ? 'planned' : 'done';
  }
  return defaults;
}

/**
 * A record with a counterparty and a contact person (an interaction, a request, a complaint) names a
 * contact of that very counterparty: a contact of another client is refused on `contactPerson`. Either
 * side left empty is no conflict.
 */
export function contactOfCounterpartyIssue(counterpartyId: number | null, contactsCounterpartyId: number | null | undefined, hasContact: boolean): FieldIssue | null {
  if (!hasContact || counterpartyId === null) return null;
  return contactsCounterpartyId === counterpartyId ? null : issue('contactPerson', 'relation.contactOfOtherCounterparty');
}

import type { CallerMatch, ContactRef } from './match-caller';

/**
 * The cards "Хто дзвонить?" shows for what a lookup found: one per counterparty (with the contact person
 * found for it, if any) and one per contact person of no counterparty. The caller-ID choice (matchCaller)
 * comes first; then contact persons before counterparties found by their own number, in the order found.
 * Several cards mean the number is shared (a switchboard, a family business): the Secretary asks.
 */
export interface CallerCardRef {
  counterpartyId: string | null;
  contactPersonId: string | null;
}

export interface CallerFinds {
  contacts: readonly ContactRef[];
  counterpartyIds: readonly string[];
}

export function callerCards(match: CallerMatch, finds: CallerFinds, limit = 10): CallerCardRef[] {
  const cards: CallerCardRef[] = [];
  const seen = new Set<string>();
  const add = (counterpartyId: string | null, contactPersonId: string | null) => {
    const key = counterpartyId ? `c:${counterpartyId}` : `p:${contactPersonId}`;
    if (seen.has(key)) return;
    seen.add(key);
    cards.push({ counterpartyId, contactPersonId });
  };
  if (match.counterpartyId || match.contactPersonId) add(match.counterpartyId, match.contactPersonId);
  for (const contact of finds.contacts) add(contact.counterpartyId, contact.id);
  for (const id of finds.counterpartyIds) add(id, null);
  return cards.slice(0, limit);
}

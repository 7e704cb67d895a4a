import { pickContact } from './pick-contact';

/**
 * Which counterparty and contact person an inbound request is from, given the rows each lookup key found
 * (the service runs the lookups with callerLookupKeys and passes the rows in). Strongest first:
 * 1. the ЄДРПОУ / РНОКПП names the organisation (the code is unique); a contact person is kept only if
 *    they belong to it (their phone may be a colleague's at another firm);
 * 2. else a contact person of a counterparty found by phone, then by e-mail (pickContact: the primary
 *    one, else the latest), and their counterparty; a contact person of no counterparty is kept as the
 *    contact of whatever step 3 finds;
 * 3. else a counterparty found by its own phone, then by its e-mail, when exactly one has it. Several
 *    counterparties sharing a number (a business centre's switchboard) match none: linking the request to
 *    the wrong client would route it to the wrong manager and show it to them; the candidates are returned
 *    for the Secretary to choose.
 */
export interface CounterpartyRef {
  id: string;
}

export interface ContactRef {
  id: string;
  counterpartyId: string | null;
  isPrimary?: boolean | null;
  updatedAt?: string | Date | null;
}

export interface CallerCandidates {
  byTaxpayerCode?: CounterpartyRef | null;
  contactsByPhone?: readonly ContactRef[];
  counterpartiesByPhone?: readonly CounterpartyRef[];
  contactsByEmail?: readonly ContactRef[];
  counterpartiesByEmail?: readonly CounterpartyRef[];
}

export type MatchedBy = 'taxpayer-code' | 'phone' | 'email';

export interface CallerMatch {
  counterpartyId: string | null;
  contactPersonId: string | null;
  matchedBy: MatchedBy | null;
  /** counterparties that share the phone or e-mail when none could be chosen; empty otherwise */
  ambiguous: string[];
}

function pick(contacts: readonly ContactRef[] | undefined, only?: string): ContactRef | null {
  const pool = (contacts ?? []).filter((c) => only === undefined || c.counterpartyId === only);
  const chosen = pickContact(pool.map((c) => ({ ...c, counterparty: c.counterpartyId })));
  return chosen ? pool.find((c) => c.id === chosen.id) ?? null : null;
}

const distinct = (rows: readonly CounterpartyRef[] | undefined) => [...new Set((rows ?? []).map((r) => r.id))];

export function matchCaller(candidates: CallerCandidates): CallerMatch {
  const code = candidates.byTaxpayerCode;
  if (code) {
    const contact = pick(candidates.contactsByPhone, code.id) ?? pick(candidates.contactsByEmail, code.id);
    return { counterpartyId: code.id, contactPersonId: contact?.id ?? null, matchedBy: 'taxpayer-code', ambiguous: [] };
  }

  // A contact of a counterparty found by phone, else by e-mail; else one on their own, kept with whatever is found next.
  const found: Array<[ContactRef | null, MatchedBy]> = [
    [pick(candidates.contactsByPhone), 'phone'],
    [pick(candidates.contactsByEmail), 'email'],
  ];
  const linked = found.find(([c]) => c?.counterpartyId);
  if (linked) return { counterpartyId: linked[0]!.counterpartyId, contactPersonId: linked[0]!.id, matchedBy: linked[1], ambiguous: [] };
  const [contact, contactBy] = found.find(([c]) => c) ?? [null, null];

  let ambiguous: string[] = [];
  for (const [rows, by] of [
    [candidates.counterpartiesByPhone, 'phone'],
    [candidates.counterpartiesByEmail, 'email'],
  ] as const) {
    const ids = distinct(rows);
    if (ids.length === 1) return { counterpartyId: ids[0], contactPersonId: contact?.id ?? null, matchedBy: by, ambiguous: [] };
    if (ids.length > 1 && ambiguous.length === 0) ambiguous = ids;
  }
  return { counterpartyId: null, contactPersonId: contact?.id ?? null, matchedBy: contactBy, ambiguous };
}

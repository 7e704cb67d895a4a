import { otherSide } from '../other-side';
import { accountKey, partyCodeKey } from '../party-keys';
import type { StatementParty, StatementTransaction } from '../statement';
import type { CounterpartyLookup } from './counterparty-lookup';
import { counterpartyNameKey } from './name-key';

export type CounterpartyFoundBy = 'code' | 'iban' | 'name';

export interface CounterpartyFound {
  counterpartyId: string;
  by: CounterpartyFoundBy;
  /** The key it was found by, as looked up: '32855961', 'UA90…', 'РОМАШКА'. */
  key: string;
}

/** Every counterparty each of the party's keys points to (empty lists for blank keys). */
export interface PartyCandidates {
  code: { key: string | null; ids: readonly string[] };
  iban: { key: string | null; ids: readonly string[] };
  name: { key: string | null; ids: readonly string[] };
}

const NONE: readonly string[] = [];
type Evidence = keyof PartyCandidates;
const EVIDENCE: readonly Evidence[] = ['code', 'iban', 'name'];

/** One kind of the party's key, and the counterparties having it. */
function candidatesBy(by: Evidence, party: StatementParty, lookup: CounterpartyLookup): { key: string | null; ids: readonly string[] } {
  if (by === 'code') {
    const key = partyCodeKey(party.code);
    return { key, ids: (key && lookup.byCode.get(key)) || NONE };
  }
  if (by === 'iban') {
    const key = accountKey(party.account);
    return { key, ids: (key && lookup.byIban.get(key)) || NONE };
  }
  const key = counterpartyNameKey(party.name);
  return { key, ids: (key && lookup.byName.get(key)) || NONE };
}

export function partyCandidates(party: StatementParty, lookup: CounterpartyLookup): PartyCandidates {
  return { code: candidatesBy('code', party, lookup), iban: candidatesBy('iban', party, lookup), name: candidatesBy('name', party, lookup) };
}

/**
 * Who the party is, by the strongest evidence first: the ЄДРПОУ / РНОКПП, then the IBAN, then the name.
 * Each identifies a counterparty only when exactly one has it; a key shared by several is passed over for the
 * next one (a name especially: two clients called «Ромашка» are told apart by nothing in the name). A key is
 * worked out only when the stronger ones found no one: the name's is by far the dearest.
 */
export function findCounterparty(party: StatementParty, lookup: CounterpartyLookup): CounterpartyFound | null {
  for (const by of EVIDENCE) {
    const { key, ids } = candidatesBy(by, party, lookup);
    if (key !== null && ids.length === 1) return { counterpartyId: ids[0], by, key };
  }
  return null;
}

/**
 * Whether the party's code or IBAN alone says who it is. A loader looks up by name only the parties for which
 * they do not: a name is then judged among every counterparty bearing it, whatever else was loaded with it.
 */
export function identifiedByCodeOrIban(party: StatementParty, lookup: CounterpartyLookup): boolean {
  return (['code', 'iban'] as const).some((by) => {
    const { key, ids } = candidatesBy(by, party, lookup);
    return key !== null && ids.length === 1;
  });
}

/** The counterparty of a transaction: found by its payer when money came in, by its payee when it went out. */
export function findTransactionCounterparty(tx: StatementTransaction, lookup: CounterpartyLookup): CounterpartyFound | null {
  return findCounterparty(otherSide(tx), lookup);
}

/**
 * The counterparties a statement's payments belong to, each once: the shell loads the invoices and contracts
 * of just these (one query) before matching, instead of every invoice of every counterparty.
 */
export function counterpartiesOfStatement(transactions: readonly StatementTransaction[], lookup: CounterpartyLookup): string[] {
  const ids = new Set<string>();
  for (const tx of transactions) {
    const found = findTransactionCounterparty(tx, lookup);
    if (found) ids.add(found.counterpartyId);
  }
  return [...ids];
}

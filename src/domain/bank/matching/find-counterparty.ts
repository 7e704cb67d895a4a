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

export function partyCandidates(party: StatementParty, lookup: CounterpartyLookup): PartyCandidates {
  const code = partyCodeKey(party.code);
  const iban = accountKey(party.account);
  const name = counterpartyNameKey(party.name);
  return {
    code: { key: code, ids: (code && lookup.byCode.get(code)) || NONE },
    iban: { key: iban, ids: (iban && lookup.byIban.get(iban)) || NONE },
    name: { key: name, ids: (name && lookup.byName.get(name)) || NONE },
  };
}

/**
 * Who the party is, by the strongest evidence first: the ЄДРПОУ / РНОКПП, then the IBAN, then the name.
 * Each identifies a counterparty only when exactly one has it; a key shared by several is passed over for the
 * next one (a name especially: two clients called «Ромашка» are told apart by nothing in the name).
 */
export function findCounterparty(party: StatementParty, lookup: CounterpartyLookup): CounterpartyFound | null {
  const candidates = partyCandidates(party, lookup);
  for (const by of ['code', 'iban', 'name'] as const) {
    const { key, ids } = candidates[by];
    if (key !== null && ids.length === 1) return { counterpartyId: ids[0], by, key };
  }
  return null;
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

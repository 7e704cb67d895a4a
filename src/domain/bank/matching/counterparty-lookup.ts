import { accountKey, partyCodeKey } from '../party-keys';
import { counterpartyNameKey } from './name-key';

/**
 * What the import knows of all counterparties, held in memory for the whole statement: three maps from a
 * normalised key to the counterparties having it. One statement may hold 100 000 payments against 20 000
 * counterparties, so every payment is a few map reads, never a query. Values are lists: a key that several
 * counterparties share (a code entered twice, a common name) identifies none of them.
 */
export interface CounterpartyLookup {
  /** ЄДРПОУ or РНОКПП as partyCodeKey reads it → counterparty ids. */
  byCode: ReadonlyMap<string, readonly string[]>;
  /** IBAN (or legacy account) as accountKey reads it → counterparty ids. */
  byIban: ReadonlyMap<string, readonly string[]>;
  /** counterpartyNameKey of the short and the full name → counterparty ids. */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** What the Strapi shell reads of each counterparty to build the lookup. */
export interface CounterpartyKeys {
  /** documentId */
  id: string;
  name?: string | null;
  fullName?: string | null;
  edrpou?: string | null;
  rnokpp?: string | null;
  /** the IBANs of its bank accounts */
  ibans?: ReadonlyArray<string | null | undefined>;
}

function add(map: Map<string, string[]>, key: string | null, id: string): void {
  if (key === null) return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export function buildCounterpartyLookup(counterparties: Iterable<CounterpartyKeys>): CounterpartyLookup {
  const byCode = new Map<string, string[]>();
  const byIban = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const cp of counterparties) {
    add(byCode, partyCodeKey(cp.edrpou), cp.id);
    add(byCode, partyCodeKey(cp.rnokpp), cp.id);
    for (const iban of cp.ibans ?? []) add(byIban, accountKey(iban), cp.id);
    add(byName, counterpartyNameKey(cp.name), cp.id);
    add(byName, counterpartyNameKey(cp.fullName), cp.id);
  }
  return { byCode, byIban, byName };
}

import type { Core } from '@strapi/strapi';
import { accountKey, partyCodeKey } from '../domain/bank/party-keys';
import { otherSide } from '../domain/bank/other-side';
import {
  counterpartiesOfStatement,
  counterpartyNameKey,
  CounterpartyLookup,
  identifiedByCodeOrIban,
  ContractForMatching,
  InvoiceForMatching,
  MatchingContext,
} from '../domain/bank/matching';
import type { StatementTransaction } from '../domain/bank/statement';
import { inAmbientTransaction } from './ambient-transaction';
import { MatchingCache } from './matching-cache';
import { displayName, MatchingReader } from './matching-reader';

/**
 * What matching needs of the database for some transactions, held as plain data (src/domain/bank/matching):
 * the counterparties whose code, account or name a payment carries — found by indexed codes and accounts
 * first; names only for the parties those leave unknown, since a name is compared in its normalised form
 * (lookUpNames reads every counterparty's names once for the whole statement) — and the invoices and
 * contracts of the counterparties found. Ids are row ids (as text). Read as plain rows in the import's
 * transaction: through the query engine (entities, populate, one query per relation) a statement against
 * twenty thousand counterparties spent most of this step building objects it threw away. What an earlier
 * window of the import read is taken from `cache`, not read again.
 */
export interface LoadedContext {
  context: Omit<MatchingContext, 'ledger'>;
  /** counterparty id → its name, for showing what a payment was matched to */
  counterpartyNames: ReadonlyMap<string, string>;
}

export async function loadMatchingContext(strapi: Core.Strapi, transactions: readonly StatementTransaction[], cache = new MatchingCache()): Promise<LoadedContext> {
  return inAmbientTransaction(strapi, async (trx) => {
    const reader = new MatchingReader(strapi, trx);
    // a statement pays the same few thousand parties again and again: each is looked up once
    const distinct = oneTransactionPerParty(transactions);
    const parties = distinct.map(otherSide);
    const codes = new Set(parties.map((p) => partyCodeKey(p.code)).filter((k): k is string => k !== null));
    const ibans = new Set(parties.map((p) => accountKey(p.account)).filter((k): k is string => k !== null));
    await readCodesAndIbans(reader, cache, codes, ibans);

    // codes and IBANs first: a party they identify is never looked up by name
    const byCodeAndIban = lookupOf(cache, codes, ibans, new Set());
    const names = new Set(parties.filter((p) => !identifiedByCodeOrIban(p, byCodeAndIban)).map((p) => counterpartyNameKey(p.name)).filter((k): k is string => k !== null));
    await searchNames(reader, cache, names);
    const counterparties = lookupOf(cache, codes, ibans, names);
    const known = cache.withNames ? new Set([...counterparties.byCode.values(), ...counterparties.byIban.values(), ...counterparties.byName.values()].flat()) : new Set<string>();
    await readCounterpartyNames(reader, cache, known);

    // only money received is matched to invoices: a payee's invoices are never read
    const ids = counterpartiesOfStatement(oneTransactionPerParty(transactions.filter((tx) => tx.direction === 'incoming')), counterparties);
    await readDocuments(reader, cache, ids);
    const invoicesByCounterparty = new Map<string, InvoiceForMatching[]>();
    const contractsByCounterparty = new Map<string, ContractForMatching[]>();
    for (const id of ids) {
      const invoices = cache.invoices.get(id) ?? [];
      const contracts = cache.contracts.get(id) ?? [];
      if (invoices.length > 0) invoicesByCounterparty.set(id, invoices);
      if (contracts.length > 0) contractsByCounterparty.set(id, contracts);
    }
    const counterpartyNames = new Map<string, string>();
    for (const id of known) {
      const name = cache.counterpartyNames.get(id);
      if (name !== undefined) counterpartyNames.set(id, name);
    }
    return { context: { counterparties, invoicesByCounterparty, contractsByCounterparty }, counterpartyNames };
  });
}

/** Looks up, in one pass over the counterparties' names, whatever of `names` (as a bank wrote them) is not yet looked up. */
export async function lookUpNames(strapi: Core.Strapi, names: Iterable<string | null>, cache: MatchingCache): Promise<void> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = counterpartyNameKey(name);
    if (key !== null) keys.add(key);
  }
  await inAmbientTransaction(strapi, (trx) => searchNames(new MatchingReader(strapi, trx), cache, keys));
}

/** lookUpNames for every name of a statement: windows then never look a name up again (see MatchingCache). */
export async function lookUpStatementNames(strapi: Core.Strapi, names: Iterable<string | null>, cache: MatchingCache): Promise<void> {
  await lookUpNames(strapi, names, cache);
  cache.allNamesSearched();
}

async function searchNames(reader: MatchingReader, cache: MatchingCache, names: ReadonlySet<string>): Promise<void> {
  const unsearched = cache.unsearchedNames(names);
  if (unsearched.size > 0) cache.recordNames(unsearched, await reader.counterpartiesNamed(unsearched));
}

async function readCodesAndIbans(reader: MatchingReader, cache: MatchingCache, codes: ReadonlySet<string>, ibans: ReadonlySet<string>): Promise<void> {
  const newCodes = new Set([...codes].filter((code) => !cache.byCode.has(code)));
  if (newCodes.size > 0) {
    const found = await reader.counterpartiesWithCodes([...newCodes]);
    if (cache.withNames) for (const row of found) cache.counterpartyNames.set(row.id, displayName(row));
    for (const code of newCodes) cache.byCode.set(code, []);
    for (const row of found) {
      for (const key of new Set([partyCodeKey(row.edrpou), partyCodeKey(row.rnokpp)])) {
        const ids = key !== null && newCodes.has(key) ? cache.byCode.get(key) : undefined;
        if (ids && !ids.includes(row.id)) ids.push(row.id);
      }
    }
  }
  const newIbans = [...ibans].filter((iban) => !cache.byIban.has(iban));
  if (newIbans.length > 0) {
    const owners = await reader.counterpartiesWithIbans(newIbans);
    for (const iban of newIbans) cache.byIban.set(iban, (owners.get(iban) ?? []).map(String));
  }
}

/** The names of the counterparties not read yet. */
async function readCounterpartyNames(reader: MatchingReader, cache: MatchingCache, ids: Iterable<string>): Promise<void> {
  const missing = [...ids].filter((id) => !cache.counterpartyNames.has(id));
  if (missing.length > 0) for (const [id, name] of await reader.counterpartyNames(missing.map(Number))) cache.counterpartyNames.set(id, name);
}

async function readDocuments(reader: MatchingReader, cache: MatchingCache, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !cache.invoices.has(id));
  if (missing.length === 0) return;
  const { invoicesByCounterparty, contractsByCounterparty } = await reader.documentsOf(missing.map(Number), cache.shared);
  for (const id of missing) {
    cache.invoices.set(id, invoicesByCounterparty.get(id) ?? []);
    cache.contracts.set(id, contractsByCounterparty.get(id) ?? []);
  }
}

/**
 * The lookup of the given keys, from what the import has looked up: whole for each of them (a code's entry
 * is every counterparty having it), which is all matching reads of it.
 */
function lookupOf(cache: MatchingCache, codes: ReadonlySet<string>, ibans: ReadonlySet<string>, names: ReadonlySet<string>): CounterpartyLookup {
  const entries = (keys: ReadonlySet<string>, idsOf: (key: string) => readonly string[] | undefined) => {
    const map = new Map<string, string[]>();
    for (const key of keys) {
      const ids = idsOf(key);
      if (ids && ids.length > 0) map.set(key, [...ids]);
    }
    return map;
  };
  return {
    byCode: entries(codes, (code) => cache.byCode.get(code)),
    byIban: entries(ibans, (iban) => cache.byIban.get(iban)),
    byName: entries(names, (name) => cache.named(name)),
  };
}

/** The first transaction of each other side (code, account, name: all that finding a counterparty reads). */
function oneTransactionPerParty(transactions: readonly StatementTransaction[]): StatementTransaction[] {
  const seen = new Set<string>();
  return transactions.filter((tx) => {
    const party = otherSide(tx);
    const key = JSON.stringify([party.code, party.account, party.name]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

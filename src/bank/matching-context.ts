import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { accountKey, partyCodeKey } from '../domain/bank/party-keys';
import { otherSide } from '../domain/bank/other-side';
import {
  buildCounterpartyLookup,
  counterpartiesOfStatement,
  counterpartyNameKey,
  CounterpartyKeys,
  findCounterparty,
  InvoiceForMatching,
  ContractForMatching,
  MatchingContext,
} from '../domain/bank/matching';
import type { StatementTransaction } from '../domain/bank/statement';

const CHUNK = 500;
const NAME_PAGE = 5_000;

const chunks = <T>(items: readonly T[]): T[][] => {
  const list: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) list.push(items.slice(start, start + CHUNK));
  return list;
};

const keysOf = (row: any): CounterpartyKeys => ({
  id: String(row.id),
  name: row.name,
  fullName: row.fullName,
  edrpou: row.edrpou,
  rnokpp: row.rnokpp,
  ibans: (row.bankAccounts ?? []).map((account: any) => account.iban),
});

const COUNTERPARTY_READ = { select: ['id', 'name', 'fullName', 'edrpou', 'rnokpp'], populate: { bankAccounts: { select: ['iban'] } } };

/**
 * What matching needs of the database for one statement, read in a few queries and held as plain data
 * (src/domain/bank/matching): the counterparties whose code, account or name a payment carries — found by
 * indexed codes and accounts first; names only for the payments those left unknown, by one paged pass over
 * names, since a name is compared in its normalised form — and the invoices and contracts of the
 * counterparties found. Ids are row ids (as text).
 */
export interface LoadedContext {
  context: Omit<MatchingContext, 'ledger'>;
  /** counterparty id → its name, for showing what a payment was matched to */
  counterpartyNames: ReadonlyMap<string, string>;
}

export async function loadMatchingContext(strapi: Core.Strapi, transactions: readonly StatementTransaction[]): Promise<LoadedContext> {
  const parties = transactions.map(otherSide);
  const codes = [...new Set(parties.map((p) => partyCodeKey(p.code)).filter((k): k is string => k !== null))];
  const ibans = [...new Set(parties.map((p) => accountKey(p.account)).filter((k): k is string => k !== null))];
  const rows = new Map<string, CounterpartyKeys>();
  const keep = (found: any[]) => found.forEach((row) => rows.set(String(row.id), keysOf(row)));
  for (const chunk of chunks(codes)) {
    keep(await strapi.db.query(UID.counterparty as any).findMany({ ...COUNTERPARTY_READ, where: { $or: [{ edrpou: { $in: chunk } }, { rnokpp: { $in: chunk } }] } }));
  }
  for (const chunk of chunks(ibans)) keep(await strapi.db.query(UID.counterparty as any).findMany({ ...COUNTERPARTY_READ, where: { bankAccounts: { iban: { $in: chunk } } } }));

  const known = buildCounterpartyLookup(rows.values());
  const names = new Set(parties.filter((p) => !findCounterparty(p, known)).map((p) => counterpartyNameKey(p.name)).filter((k): k is string => k !== null));
  if (names.size > 0) keep(await counterpartiesNamed(strapi, names));

  const counterparties = buildCounterpartyLookup(rows.values());
  const ids = counterpartiesOfStatement(transactions, counterparties).map(Number);
  const counterpartyNames = new Map([...rows.values()].map((row) => [row.id, row.name ?? row.fullName ?? '']));
  return { context: { counterparties, ...(await documentsOf(strapi, ids)) }, counterpartyNames };
}

/** Counterparties whose short or full name has one of the normalised names, read page by page (id, names only). */
async function counterpartiesNamed(strapi: Core.Strapi, names: ReadonlySet<string>): Promise<any[]> {
  const matching: number[] = [];
  let after = 0;
  for (;;) {
    const page: any[] = await strapi.db.query(UID.counterparty as any).findMany({ select: ['id', 'name', 'fullName'], where: { id: { $gt: after } }, orderBy: { id: 'asc' }, limit: NAME_PAGE });
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    for (const row of page) {
      const short = counterpartyNameKey(row.name);
      const full = counterpartyNameKey(row.fullName);
      if ((short && names.has(short)) || (full && names.has(full))) matching.push(row.id);
    }
  }
  const found: any[] = [];
  for (const chunk of chunks(matching)) found.push(...(await strapi.db.query(UID.counterparty as any).findMany({ ...COUNTERPARTY_READ, where: { id: { $in: chunk } } })));
  return found;
}

/** Every invoice (each state: matching decides what may be paid) and contract of the given counterparties. */
async function documentsOf(strapi: Core.Strapi, counterpartyIds: number[]) {
  const invoicesByCounterparty = new Map<string, InvoiceForMatching[]>();
  const contractsByCounterparty = new Map<string, ContractForMatching[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const chunk of chunks(counterpartyIds)) {
    const invoices: any[] = await strapi.db.query(UID.invoice as any).findMany({
      select: ['id', 'number', 'date', 'dueDate', 'currency', 'total', 'paidAmount', 'state'],
      where: { counterparty: { id: { $in: chunk } } },
      populate: { counterparty: { select: ['id'] }, contract: { select: ['id', 'number'] } },
    });
    for (const row of invoices) {
      push(invoicesByCounterparty, String(row.counterparty.id), {
        id: String(row.id),
        number: row.number ?? '',
        date: row.date ?? null,
        dueDate: row.dueDate ?? null,
        currency: row.currency ?? null,
        total: row.total,
        paidAmount: row.paidAmount,
        state: row.state ?? 'draft',
        contractId: row.contract ? String(row.contract.id) : null,
        contractNumber: row.contract?.number ?? null,
      });
    }
    const contracts: any[] = await strapi.db.query(UID.contract as any).findMany({ select: ['id', 'number'], where: { counterparty: { id: { $in: chunk } } }, populate: { counterparty: { select: ['id'] } } });
    for (const row of contracts) if (row.number) push(contractsByCounterparty, String(row.counterparty.id), { id: String(row.id), number: row.number });
  }
  return { invoicesByCounterparty, contractsByCounterparty };
}

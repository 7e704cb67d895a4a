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
import { column, ComponentLayout, link, TypeLayout, typeLayout } from '../seed/scale-db/layout';
import { inAmbientTransaction } from './ambient-transaction';

/**
 * Values per `in (…)` list: few round trips for a statement of a hundred thousand payments, yet short enough
 * for PostgreSQL to look each value up in its index rather than scan the table, and under SQLite's limit.
 */
const CHUNK = 1_000;
const NAME_PAGE = 5_000;

const chunks = <T>(items: readonly T[]): T[][] => {
  const list: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) list.push(items.slice(start, start + CHUNK));
  return list;
};

/**
 * What matching needs of the database for one statement, read in a few queries and held as plain data
 * (src/domain/bank/matching): the counterparties whose code, account or name a payment carries — found by
 * indexed codes and accounts first; names only for the payments those left unknown, by one paged pass over
 * names, since a name is compared in its normalised form — and the invoices and contracts of the
 * counterparties found. Ids are row ids (as text). Read as plain rows in the import's transaction: through
 * the query engine (entities, populate, one query per relation) a statement against twenty thousand
 * counterparties spent most of this step building objects it threw away.
 */
export interface LoadedContext {
  context: Omit<MatchingContext, 'ledger'>;
  /** counterparty id → its name, for showing what a payment was matched to */
  counterpartyNames: ReadonlyMap<string, string>;
}

export async function loadMatchingContext(strapi: Core.Strapi, transactions: readonly StatementTransaction[]): Promise<LoadedContext> {
  return inAmbientTransaction(strapi, async (trx) => {
    const reader = new MatchingReader(strapi, trx);
    // a statement pays the same few thousand parties again and again: each is looked up once
    const distinct = oneTransactionPerParty(transactions);
    const parties = distinct.map(otherSide);
    const codes = [...new Set(parties.map((p) => partyCodeKey(p.code)).filter((k): k is string => k !== null))];
    const ibans = [...new Set(parties.map((p) => accountKey(p.account)).filter((k): k is string => k !== null))];
    const rows = new Map<string, CounterpartyKeys>();
    const keep = (found: CounterpartyKeys[]) => found.forEach((row) => rows.set(row.id, row));
    keep(await reader.counterpartiesWithCodes(codes));
    keep(await reader.counterparties((await reader.counterpartiesWithIbans(ibans)).filter((id) => !rows.has(String(id)))));

    const known = buildCounterpartyLookup(rows.values());
    const names = new Set(parties.filter((p) => !findCounterparty(p, known)).map((p) => counterpartyNameKey(p.name)).filter((k): k is string => k !== null));
    if (names.size > 0) keep(await reader.counterparties((await reader.counterpartiesNamed(names)).filter((id) => !rows.has(String(id)))));

    const counterparties = buildCounterpartyLookup(rows.values());
    const ids = counterpartiesOfStatement(distinct, counterparties).map(Number);
    const counterpartyNames = new Map([...rows.values()].map((row) => [row.id, row.name ?? row.fullName ?? '']));
    return { context: { counterparties, ...(await reader.documentsOf(ids)) }, counterpartyNames };
  });
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

/** The reads, in table and column names from Strapi's metadata (src/seed/scale-db/layout.ts). */
class MatchingReader {
  private readonly counterparty: TypeLayout;
  private readonly bankAccounts: ComponentLayout;
  private readonly invoice: TypeLayout;
  private readonly contract: TypeLayout;

  constructor(strapi: Core.Strapi, private readonly trx: any) {
    this.counterparty = typeLayout(strapi, UID.counterparty);
    this.bankAccounts = this.counterparty.components.bankAccounts;
    this.invoice = typeLayout(strapi, UID.invoice);
    this.contract = typeLayout(strapi, UID.contract);
  }

  /** Counterparties (with their IBANs) whose ЄДРПОУ or РНОКПП is one of the codes. */
  async counterpartiesWithCodes(codes: readonly string[]): Promise<CounterpartyKeys[]> {
    const found: any[] = [];
    for (const chunk of chunks(codes)) {
      found.push(...(await this.counterpartyRows().where((q: any) => q.whereIn(column(this.counterparty, 'edrpou'), chunk).orWhereIn(column(this.counterparty, 'rnokpp'), chunk))));
    }
    return this.withIbans(found);
  }

  /** Ids of the counterparties with a bank account of one of the IBANs. */
  async counterpartiesWithIbans(ibans: readonly string[]): Promise<number[]> {
    const ids = new Set<number>();
    for (const chunk of chunks(ibans)) {
      const rows = await this.bankAccountRows().distinct(`cmps.${this.bankAccounts.entityColumn} as owner`).whereIn(`account.${column(this.bankAccounts, 'iban')}`, chunk);
      for (const row of rows) ids.add(Number(row.owner));
    }
    return [...ids];
  }

  /** Ids of the counterparties whose short or full name has one of the normalised names, read page by page. */
  async counterpartiesNamed(names: ReadonlySet<string>): Promise<number[]> {
    const matching: number[] = [];
    const [nameColumn, fullNameColumn] = [column(this.counterparty, 'name'), column(this.counterparty, 'fullName')];
    let after = 0;
    for (;;) {
      const page: any[] = await this.trx(this.counterparty.table).select({ id: 'id', name: nameColumn, fullName: fullNameColumn }).where('id', '>', after).orderBy('id', 'asc').limit(NAME_PAGE);
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      for (const row of page) {
        const short = counterpartyNameKey(row.name);
        const full = counterpartyNameKey(row.fullName);
        if ((short && names.has(short)) || (full && names.has(full))) matching.push(row.id);
      }
    }
    return matching;
  }

  /** The counterparties of the given ids, with their IBANs. */
  async counterparties(ids: readonly number[]): Promise<CounterpartyKeys[]> {
    const found: any[] = [];
    for (const chunk of chunks(ids)) found.push(...(await this.counterpartyRows().whereIn('id', chunk)));
    return this.withIbans(found);
  }

  /** Every invoice (each state: matching decides what may be paid) and contract of the given counterparties. */
  async documentsOf(counterpartyIds: readonly number[]) {
    const invoicesByCounterparty = new Map<string, InvoiceForMatching[]>();
    const contractsByCounterparty = new Map<string, ContractForMatching[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const chunk of chunks(counterpartyIds)) {
      for (const row of await this.invoiceRows(chunk)) {
        push(invoicesByCounterparty, String(row.counterparty), {
          id: String(row.id),
          number: row.number ?? '',
          date: row.date ?? null,
          dueDate: row.dueDate ?? null,
          currency: row.currency ?? null,
          total: row.total,
          paidAmount: row.paidAmount,
          state: row.state ?? 'draft',
          contractId: row.contractId === null || row.contractId === undefined ? null : String(row.contractId),
          contractNumber: row.contractNumber ?? null,
        });
      }
      for (const row of await this.contractRows(chunk)) if (row.number) push(contractsByCounterparty, String(row.counterparty), { id: String(row.id), number: row.number });
    }
    return { invoicesByCounterparty, contractsByCounterparty };
  }

  private counterpartyRows() {
    const c = this.counterparty;
    return this.trx(c.table).select({ id: 'id', name: column(c, 'name'), fullName: column(c, 'fullName'), edrpou: column(c, 'edrpou'), rnokpp: column(c, 'rnokpp') });
  }

  /** A counterparty's bank accounts: its component rows through the `*_cmps` table, in their order. */
  private bankAccountRows() {
    const b = this.bankAccounts;
    return this.trx({ cmps: b.joinTable })
      .join({ account: b.table }, `account.id`, `cmps.${b.componentColumn}`)
      .where(`cmps.${b.fieldColumn}`, b.field)
      .where(`cmps.${b.typeColumn}`, b.uid);
  }

  private async withIbans(rows: any[]): Promise<CounterpartyKeys[]> {
    const ibans = new Map<number, Array<string | null>>();
    const b = this.bankAccounts;
    for (const chunk of chunks(rows.map((row) => row.id))) {
      const accounts = await this.bankAccountRows()
        .select({ owner: `cmps.${b.entityColumn}`, iban: `account.${column(b, 'iban')}` })
        .whereIn(`cmps.${b.entityColumn}`, chunk)
        .orderBy([`cmps.${b.entityColumn}`, `cmps.${b.orderColumn}`, 'account.id']);
      for (const account of accounts) {
        const list = ibans.get(Number(account.owner)) ?? [];
        list.push(account.iban);
        ibans.set(Number(account.owner), list);
      }
    }
    return rows.map((row) => ({ id: String(row.id), name: row.name, fullName: row.fullName, edrpou: row.edrpou, rnokpp: row.rnokpp, ibans: ibans.get(Number(row.id)) ?? [] }));
  }

  private invoiceRows(counterpartyIds: number[]): Promise<any[]> {
    const i = this.invoice;
    const byCounterparty = link(i, 'counterparty');
    const byContract = link(i, 'contract');
    return this.trx({ owner: byCounterparty.table })
      .join({ invoice: i.table }, 'invoice.id', `owner.${byCounterparty.ownColumn}`)
      .leftJoin({ contractLink: byContract.table }, `contractLink.${byContract.ownColumn}`, 'invoice.id')
      .leftJoin({ contract: this.contract.table }, 'contract.id', `contractLink.${byContract.targetColumn}`)
      .select({
        id: 'invoice.id',
        counterparty: `owner.${byCounterparty.targetColumn}`,
        number: `invoice.${column(i, 'number')}`,
        date: `invoice.${column(i, 'date')}`,
        dueDate: `invoice.${column(i, 'dueDate')}`,
        currency: `invoice.${column(i, 'currency')}`,
        total: `invoice.${column(i, 'total')}`,
        paidAmount: `invoice.${column(i, 'paidAmount')}`,
        state: `invoice.${column(i, 'state')}`,
        contractId: 'contract.id',
        contractNumber: `contract.${column(this.contract, 'number')}`,
      })
      .whereIn(`owner.${byCounterparty.targetColumn}`, counterpartyIds)
      .orderBy('invoice.id');
  }

  private contractRows(counterpartyIds: number[]): Promise<any[]> {
    const c = this.contract;
    const byCounterparty = link(c, 'counterparty');
    return this.trx({ owner: byCounterparty.table })
      .join({ contract: c.table }, 'contract.id', `owner.${byCounterparty.ownColumn}`)
      .select({ id: 'contract.id', counterparty: `owner.${byCounterparty.targetColumn}`, number: `contract.${column(c, 'number')}` })
      .whereIn(`owner.${byCounterparty.targetColumn}`, counterpartyIds)
      .orderBy('contract.id');
  }
}

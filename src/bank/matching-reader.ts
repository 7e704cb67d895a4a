import { UID } from '../access/uids';
import { accountKey } from '../domain/bank/party-keys';
import { counterpartyNameKey, InvoiceForMatching, ContractForMatching } from '../domain/bank/matching';
import { column, ComponentLayout, link, TypeLayout, typeLayout } from '../seed/scale-db/layout';
import type { Core } from '@strapi/strapi';

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

/** What the import reads of a counterparty: its id (as text), its names and its codes. */
export interface CounterpartyRow {
  id: string;
  name: string | null;
  fullName: string | null;
  edrpou: string | null;
  rnokpp: string | null;
}

export const displayName = (row: { name?: string | null; fullName?: string | null }): string => row.name ?? row.fullName ?? '';

/** The reads, in table and column names from Strapi's metadata (src/seed/scale-db/layout.ts). */
export class MatchingReader {
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

  /** Counterparties (their ids, names and codes) whose ЄДРПОУ or РНОКПП is one of the codes. */
  async counterpartiesWithCodes(codes: readonly string[]): Promise<CounterpartyRow[]> {
    const found: CounterpartyRow[] = [];
    for (const chunk of chunks(codes)) {
      const rows = await this.counterpartyRows().where((q: any) => q.whereIn(column(this.counterparty, 'edrpou'), chunk).orWhereIn(column(this.counterparty, 'rnokpp'), chunk));
      for (const row of rows) found.push({ ...row, id: String(row.id) });
    }
    return found;
  }

  /** For each of the IBANs some counterparty has a bank account of, the ids of those counterparties. */
  async counterpartiesWithIbans(ibans: readonly string[]): Promise<Map<string, number[]>> {
    const owners = new Map<string, number[]>();
    const ibanColumn = `account.${column(this.bankAccounts, 'iban')}`;
    for (const chunk of chunks(ibans)) {
      const rows = await this.bankAccountRows().distinct(`cmps.${this.bankAccounts.entityColumn} as owner`, `${ibanColumn} as iban`).whereIn(ibanColumn, chunk);
      for (const row of rows) {
        const iban = accountKey(row.iban) ?? row.iban;
        const list = owners.get(iban);
        if (!list) owners.set(iban, [Number(row.owner)]);
        else if (!list.includes(Number(row.owner))) list.push(Number(row.owner));
      }
    }
    return owners;
  }

  /** For each of the normalised names, the ids of the counterparties whose short or full name has it, read page by page. */
  async counterpartiesNamed(names: ReadonlySet<string>): Promise<Map<string, number[]>> {
    const matching = new Map<string, number[]>();
    const add = (name: string | null, id: number) => {
      if (name === null || !names.has(name)) return;
      const ids = matching.get(name);
      if (!ids) matching.set(name, [id]);
      else if (!ids.includes(id)) ids.push(id);
    };
    const [nameColumn, fullNameColumn] = [column(this.counterparty, 'name'), column(this.counterparty, 'fullName')];
    let after = 0;
    for (;;) {
      const page: any[] = await this.trx(this.counterparty.table).select({ id: 'id', name: nameColumn, fullName: fullNameColumn }).where('id', '>', after).orderBy('id', 'asc').limit(NAME_PAGE);
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      for (const row of page) {
        add(counterpartyNameKey(row.name), row.id);
        add(counterpartyNameKey(row.fullName), row.id);
      }
    }
    return matching;
  }

  /** The counterparties of the given ids, by the names a preview shows (the short one, else the full one). */
  async counterpartyNames(ids: readonly number[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const chunk of chunks(ids)) for (const row of await this.counterpartyRows().whereIn('id', chunk)) names.set(String(row.id), displayName(row));
    return names;
  }

  /** Every invoice (each state: matching decides what may be paid) and contract of the given counterparties. */
  async documentsOf(counterpartyIds: readonly number[], shared: (value: string | null) => string | null = (value) => value) {
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
          date: shared(row.date ?? null),
          dueDate: shared(row.dueDate ?? null),
          currency: shared(row.currency ?? null),
          total: row.total,
          paidAmount: row.paidAmount,
          state: shared(row.state ?? 'draft') as string,
          contractId: row.contractId === null || row.contractId === undefined ? null : String(row.contractId),
          contractNumber: shared(row.contractNumber ?? null),
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

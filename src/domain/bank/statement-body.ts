import { earliest, latest } from './dates';
import type { ParsedStatement, PaymentDirection, StatementParty, StatementTransaction } from './statement';

/** What a format's parser yields; parseStatement adds the encoding it decoded the bytes with. */
export type StatementBody = Omit<ParsedStatement, 'encoding'>;

/** A statement's body without its transactions: what it says about itself. */
export type StatementOutline = Omit<StatementBody, 'transactions'>;

/** The own accounts in the order they first appear, never twice. */
export function distinctAccounts(accounts: readonly (string | null)[]): string[] {
  return [...new Set(accounts.filter((account): account is string => account !== null))];
}

/** Payer and payee from our side and theirs: we pay when the money goes out. */
export function partiesOf(direction: PaymentDirection, ours: StatementParty, theirs: StatementParty): { payer: StatementParty; payee: StatementParty } {
  return direction === 'outgoing' ? { payer: ours, payee: theirs } : { payer: theirs, payee: ours };
}

/** A CSV export has no balance sections: its accounts and period are those of its rows. */
export function bodyFromRows(format: StatementBody['format'], transactions: StatementTransaction[]): StatementBody {
  const accounts = distinctAccounts(transactions.map((t) => t.ownAccount));
  const dates = transactions.map((t) => t.date);
  return {
    format,
    account: accounts[0] ?? null,
    accounts,
    periodFrom: earliest(dates),
    periodTo: latest(dates),
    balances: [],
    transactions,
  };
}

import type { LocalDate } from '../time/local-date';
import { kopecksText } from './amounts';
import { refusal } from './refusal';
import type { StatementTransaction } from './statement';
import { Movement, StatementTally } from './statement-tally';

/**
 * A balance section against the documents: what came in and went out of its account within its period
 * must be what the bank totalled, and opening + in − out must be the closing balance. A statement that does
 * not add up is refused as a whole, naming the section's line: some document was lost or garbled, and
 * importing the rest would put wrong money into the books.
 */
export interface BalanceToCheck {
  line: number;
  account: string;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  opening: bigint | null;
  incoming: bigint | null;
  outgoing: bigint | null;
  closing: bigint | null;
}

/** The names the file gave the totals, for the message. */
export interface BalanceFieldNames {
  incoming: string;
  outgoing: string;
  closing: string;
}

/** A balance section against the statement's transactions. */
export function checkBalance(balance: BalanceToCheck, transactions: readonly StatementTransaction[], names: BalanceFieldNames): void {
  checkBalanceMovement(balance, StatementTally.of(transactions).movedWithin(balance.account, balance.periodFrom, balance.periodTo), names);
}

/** A balance section against what came in and went out of its account within its period. */
export function checkBalanceMovement(balance: BalanceToCheck, moved: Movement, names: BalanceFieldNames): void {
  const { incoming: cameIn, outgoing: wentOut } = moved;
  const mismatch = (field: string, declared: bigint, computed: bigint) =>
    refusal(balance.line, 'statement.balanceMismatch', {
      account: balance.account,
      field,
      declared: kopecksText(declared),
      computed: kopecksText(computed),
    });

  if (balance.incoming !== null && balance.incoming !== cameIn) throw mismatch(names.incoming, balance.incoming, cameIn);
  if (balance.outgoing !== null && balance.outgoing !== wentOut) throw mismatch(names.outgoing, balance.outgoing, wentOut);
  if (balance.opening !== null && balance.closing !== null) {
    const expectedClosing = balance.opening + (balance.incoming ?? cameIn) - (balance.outgoing ?? wentOut);
    if (expectedClosing !== balance.closing) throw mismatch(names.closing, balance.closing, expectedClosing);
  }
}

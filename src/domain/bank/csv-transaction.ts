import { kopecksText } from './amounts';
import type { CsvCells } from './csv-columns';
import type { PaymentDirection, StatementParty, StatementTransaction } from './statement';
import { partiesOf } from './statement-body';
import { textOrNull } from './text';
import type { LocalDate } from '../time';

/** How one CSV row moved money: what each export reads its own way (signed amount, debit/credit, operation). */
export interface CsvMovement {
  ownAccount: string;
  date: LocalDate;
  direction: PaymentDirection;
  /** positive */
  kopecks: bigint;
}

/**
 * A CSV row as a transaction, from its movement, both sides and the columns every export has under the
 * same names (number, currency, purpose). The operation date is the value date too: exports give one date.
 */
export function csvTransaction(cells: CsvCells<any>, movement: CsvMovement, ours: StatementParty, theirs: StatementParty): StatementTransaction {
  return {
    line: cells.line,
    documentType: null,
    number: textOrNull(cells.text('number')),
    date: movement.date,
    valueDate: movement.date,
    ownAccount: movement.ownAccount,
    direction: movement.direction,
    amount: kopecksText(movement.kopecks),
    currency: cells.currency('currency'),
    ...partiesOf(movement.direction, ours, theirs),
    purpose: cells.words('purpose') ?? '',
  };
}

import type { LocalDate } from '../time/local-date';
import { toKopecks } from '../money';
import { IdentityRepeats } from './dedupe-key';
import { otherSide } from './other-side';
import { detached } from './string-copies';
import type { PaymentDirection, StatementTransaction } from './statement';

/** Money that came in and went out, in kopecks. */
export interface Movement {
  incoming: bigint;
  outgoing: bigint;
}

const ZERO = BigInt(0);

/**
 * What a statement's transactions add up to, kept as they go by instead of the transactions themselves: the
 * balance check, the period, the accounts, the summary and the currency check read only this, so a big
 * statement can be checked in one reading and imported in another without ever being held whole.
 */
export class StatementTally {
  transactions = 0;
  incoming = 0;
  outgoing = 0;
  totalIncoming = ZERO;
  totalOutgoing = ZERO;
  earliestDate: LocalDate | null = null;
  latestDate: LocalDate | null = null;
  /** The own accounts in the order transactions first name them. */
  private readonly ownAccounts = new Set<string>();
  /** Each currency and the line of the first transaction in it. */
  private readonly currencyLines = new Map<string, number>();
  /** Money per own account and day (the value date, else the document's): what a balance section covers. */
  private readonly daily = new Map<string, Map<LocalDate, Movement>>();
  /**
   * The names of the other sides (payers of money received, payees of money sent), each once: a statement
   * names a few thousand parties, and an import taking it a window at a time looks them all up at once.
   */
  private readonly otherNames = new Set<string>();
  /** For an import taking the file a window at a time: which payments' identities may repeat (DedupeKeys). */
  private readonly identities: IdentityRepeats | null;

  constructor({ identities = false }: { identities?: boolean } = {}) {
    this.identities = identities ? new IdentityRepeats() : null;
  }

  add(t: StatementTransaction): void {
    const kopecks = toKopecks(t.amount);
    this.transactions += 1;
    if (t.direction === 'incoming') {
      this.incoming += 1;
      this.totalIncoming += kopecks;
    } else {
      this.outgoing += 1;
      this.totalOutgoing += kopecks;
    }
    if (this.earliestDate === null || t.date < this.earliestDate) this.earliestDate = t.date;
    if (this.latestDate === null || t.date > this.latestDate) this.latestDate = t.date;
    // what is kept outlives the transaction, and a transaction's strings may be slices of the file's text
    if (!this.ownAccounts.has(t.ownAccount)) this.ownAccounts.add(detached(t.ownAccount));
    if (!this.currencyLines.has(t.currency)) this.currencyLines.set(detached(t.currency), t.line);
    this.addMovement(t.ownAccount, t.valueDate ?? t.date, t.direction, kopecks);
    const name = otherSide(t).name;
    if (name !== null && !this.otherNames.has(name)) this.otherNames.add(detached(name));
    this.identities?.add(t);
  }

  static of(transactions: Iterable<StatementTransaction>, options: { identities?: boolean } = {}): StatementTally {
    const tally = new StatementTally(options);
    for (const t of transactions) tally.add(t);
    return tally;
  }

  accounts(): string[] {
    return [...this.ownAccounts];
  }

  /** Each currency the transactions are in, with the line of the first one in it. */
  currencies(): ReadonlyMap<string, number> {
    return this.currencyLines;
  }

  /** The hashes of identities that may occur more than once (see DedupeKeys); null when not counted. */
  repeatedIdentities(): ReadonlySet<number> | null {
    return this.identities?.repeated() ?? null;
  }

  otherPartyNames(): ReadonlySet<string> {
    return this.otherNames;
  }

  /** Lets the names go once they have been looked up: a tally lives as long as its import. */
  forgetOtherPartyNames(): void {
    this.otherNames.clear();
  }

  /** What came in and went out of `account` on the days from `from` to `to` (either open). */
  movedWithin(account: string, from: LocalDate | null, to: LocalDate | null): Movement {
    const moved: Movement = { incoming: ZERO, outgoing: ZERO };
    for (const [day, movement] of this.daily.get(account) ?? []) {
      if ((from !== null && day < from) || (to !== null && day > to)) continue;
      moved.incoming += movement.incoming;
      moved.outgoing += movement.outgoing;
    }
    return moved;
  }

  private addMovement(account: string, day: LocalDate, direction: PaymentDirection, kopecks: bigint): void {
    let days = this.daily.get(account);
    if (!days) {
      days = new Map();
      this.daily.set(detached(account), days);
    }
    let movement = days.get(day);
    if (!movement) {
      movement = { incoming: ZERO, outgoing: ZERO };
      days.set(detached(day), movement);
    }
    if (direction === 'incoming') movement.incoming += kopecks;
    else movement.outgoing += kopecks;
  }
}

import type { Core } from '@strapi/strapi';
import { DedupeKeys } from '../domain/bank/dedupe-key';
import { counterpartyNameKey, findTransactionCounterparty, InvoiceLedger, matchStatement, StatementMatchPlan } from '../domain/bank/matching';
import type { StatementTransaction } from '../domain/bank/statement';
import type { LocalDate } from '../domain/time';
import { existingDedupeKeys } from './existing-payments';
import { partyCodeKey } from '../domain/bank/party-keys';
import { MatchingCache } from './matching-cache';
import { LoadedContext, loadMatchingContext, lookUpStatementNames } from './matching-context';
import { createMissingCounterparties } from './new-counterparties';

/** One window of a statement, matched: its plan, and what it was matched against (the preview names it). */
export interface WindowPlan {
  plan: StatementMatchPlan;
  loaded: LoadedContext;
}

/**
 * Matches a statement a window of transactions at a time, from the database as it is now, carrying from one
 * window to the next what makes the windows' plans the plan of the whole statement: the dedupe keys'
 * occurrence counts and the invoice ledger (a second payment on an invoice in a later window sees what the
 * first left); and what was read of the counterparties (MatchingCache), so no window reads it again. Each
 * window's transactions and matches can be dropped once the window is written.
 */
export class StatementMatcher {
  private readonly keys: DedupeKeys;
  private readonly ledger = new InvoiceLedger();
  private readonly cache: MatchingCache;
  private readonly createCounterparties: boolean;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly today: LocalDate,
    options: {
      /** make counterparties for payers and payees nobody knows before matching (writes through the Document Service) */
      createCounterparties: boolean;
      /** keep the matched counterparties' names (a preview shows them) */
      names: boolean;
      /** the statement's identities that may repeat (its tally has them) */
      repeatedIdentities: ReadonlySet<number> | null;
    },
  ) {
    this.createCounterparties = options.createCounterparties;
    this.cache = new MatchingCache(options.names);
    this.keys = new DedupeKeys(options.repeatedIdentities);
  }

  /**
   * Looks up at once the names of every party the statement's windows will bring (its tally has them): the
   * windows then find a party by name without reading every counterparty's names again.
   */
  async expectParties(names: Iterable<string | null>): Promise<void> {
    await lookUpStatementNames(this.strapi, names, this.cache);
  }

  async match(transactions: readonly StatementTransaction[]): Promise<WindowPlan> {
    // each transaction's identity across imports, worked out once: the lookup of stored ones and matching both need it
    const dedupeKeys = this.keys.of(transactions);
    const existingKeys = await existingDedupeKeys(this.strapi, dedupeKeys);
    // stored transactions are not matched again: their counterparties and invoices need not be read (a re-import reads none)
    const fresh = transactions.filter((_, i) => !existingKeys.has(dedupeKeys[i]));
    let loaded = await loadMatchingContext(this.strapi, fresh, this.cache);
    if (this.createCounterparties) {
      const unknown = fresh.filter((transaction) => !findTransactionCounterparty(transaction, loaded.context.counterparties)).map((transaction) => ({ transaction }));
      // through the Document Service: the audit job counts them itself
      const made = await createMissingCounterparties(this.strapi, unknown);
      if (made.length > 0) {
        const keys = <T>(values: Array<T | null>) => values.filter((value): value is T => value !== null);
        this.cache.forgetKeys({
          codes: keys(made.flatMap((counterparty) => [partyCodeKey(counterparty.edrpou), partyCodeKey(counterparty.rnokpp)])),
          ibans: keys(made.map((counterparty) => counterparty.bankAccount?.iban ?? null)),
          names: keys(made.map((counterparty) => counterpartyNameKey(counterparty.name))),
        });
        loaded = await loadMatchingContext(this.strapi, fresh, this.cache);
      }
    }
    const plan = matchStatement({ transactions, context: loaded.context, dedupeKeys, existingKeys, today: this.today, ledger: this.ledger });
    return { plan, loaded };
  }
}

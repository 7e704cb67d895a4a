import { toKopecks } from '../../money';
import type { LocalDate } from '../../time';
import { assignDedupeKeys } from '../dedupe-key';
import type { StatementTransaction } from '../statement';
import { InvoiceLedger, InvoicePaymentUpdate, PaymentAllocation } from './allocation';
import { describeAmount } from './find-invoice';
import { matchPayment } from './match-payment';
import { withReason } from './payment-match';
import type { MatchingContext, PaymentMatch } from './types';

/**
 * A statement, or one window of it, matched before anything of it is written: which payments are new, what
 * each one belongs to, and what the invoices become. Transactions are taken in file order; each new payment
 * matched to an invoice is applied to the import's ledger before the next is matched, so a second payment on
 * one invoice sees what the first left — in a later window too, when the windows share one ledger. Payments
 * already stored (their dedupe key exists) are left out entirely — counted as duplicates, never matched or
 * applied again.
 */
export interface StatementMatchInput {
  transactions: readonly StatementTransaction[];
  context: Omit<MatchingContext, 'ledger'>;
  /**
   * The transactions' dedupe keys (assignDedupeKeys), in their order, when the caller has them already (it
   * needs them to look the stored ones up); computed here when not given.
   */
  dedupeKeys?: readonly string[];
  /** Dedupe keys already stored among payments (the shell reads those of this statement's keys: one query). */
  existingKeys: ReadonlySet<string>;
  /** Today in the business zone: decides whether an invoice left partly paid is overdue. */
  today: LocalDate;
  /**
   * The import's running paid amounts, when the statement is matched a window at a time: the windows' plans,
   * one after the other, are then the plan of the whole statement. Applied to, so not for a second matching
   * of the same window. A fresh one when not given.
   */
  ledger?: InvoiceLedger;
}

export interface PlannedPayment {
  transaction: StatementTransaction;
  dedupeKey: string;
  match: PaymentMatch;
  /** How the payment changed its invoice; null when it was matched to none. */
  allocation: PaymentAllocation | null;
}

export interface StatementMatchPlan {
  /** The payments to create, in file order. */
  payments: PlannedPayment[];
  duplicates: Array<{ line: number; dedupeKey: string }>;
  /**
   * The invoices to update: their new paid amount and state. With a ledger carried across windows, those this
   * window paid, as the ledger leaves them (a later window's update of an invoice supersedes an earlier one's).
   */
  invoiceUpdates: InvoicePaymentUpdate[];
  /** The statement's counts field. */
  counts: { documents: number; created: number; duplicates: number; matched: number; unmatched: number };
}

export function matchStatement({ transactions, context, dedupeKeys, existingKeys, today, ledger = new InvoiceLedger() }: StatementMatchInput): StatementMatchPlan {
  if (dedupeKeys && dedupeKeys.length !== transactions.length) throw new RangeError(`matchStatement: ${dedupeKeys.length} dedupe keys for ${transactions.length} transactions`);
  const withLedger: MatchingContext = { ...context, ledger };
  const keys = dedupeKeys ?? assignDedupeKeys(transactions);
  const payments: PlannedPayment[] = [];
  const duplicates: StatementMatchPlan['duplicates'] = [];
  // only these: a carried ledger knows every invoice an import has paid so far
  const paidNow = new Set<string>();

  transactions.forEach((transaction, i) => {
    const dedupeKey = keys[i];
    if (existingKeys.has(dedupeKey)) {
      duplicates.push({ line: transaction.line, dedupeKey });
      return;
    }
    let match = matchPayment(transaction, withLedger);
    let allocation: PaymentAllocation | null = null;
    const invoice = match.invoiceId && match.counterpartyId ? context.invoicesByCounterparty.get(match.counterpartyId)?.find((inv) => inv.id === match.invoiceId) : undefined;
    if (invoice) {
      allocation = ledger.apply(invoice, toKopecks(transaction.amount, 'amount'), today);
      paidNow.add(invoice.id);
      if (allocation.overpaid !== null) {
        const excess = describeAmount(toKopecks(allocation.overpaid, 'overpaid'), transaction.currency.trim().toUpperCase());
        match = withReason(match, `${match.reason}; переплата ${excess}`);
      }
    }
    payments.push({ transaction, dedupeKey, match, allocation });
  });

  const matched = payments.filter((p) => p.match.matchStatus === 'auto').length;
  return {
    payments,
    duplicates,
    invoiceUpdates: ledger.updates(today, paidNow),
    counts: { documents: transactions.length, created: payments.length, duplicates: duplicates.length, matched, unmatched: payments.length - matched },
  };
}

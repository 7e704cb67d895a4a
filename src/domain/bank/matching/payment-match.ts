import type { CounterpartyFoundBy } from './find-counterparty';
import type { InvoiceFoundBy, PaymentMatch } from './types';

/**
 * PaymentMatch objects, every property spelled out. V8 gives each object made by spreading one object into a
 * literal with more properties a hidden class of its own, some 400 bytes: a statement makes 100,000 matches.
 */

export interface MatchedCounterparty {
  counterpartyId: string;
  counterpartyBy: CounterpartyFoundBy;
}

export function paymentMatch(
  counterparty: MatchedCounterparty | null,
  invoice: { invoiceId: string; invoiceBy: InvoiceFoundBy } | null,
  contractId: string | null,
  matchStatus: PaymentMatch['matchStatus'],
  reason: string,
): PaymentMatch {
  return {
    counterpartyId: counterparty ? counterparty.counterpartyId : null,
    counterpartyBy: counterparty ? counterparty.counterpartyBy : null,
    invoiceId: invoice ? invoice.invoiceId : null,
    invoiceBy: invoice ? invoice.invoiceBy : null,
    contractId,
    matchStatus,
    reason,
  };
}

/** The same match for another reason. */
export function withReason(match: PaymentMatch, reason: string): PaymentMatch {
  return {
    counterpartyId: match.counterpartyId,
    counterpartyBy: match.counterpartyBy,
    invoiceId: match.invoiceId,
    invoiceBy: match.invoiceBy,
    contractId: match.contractId,
    matchStatus: match.matchStatus,
    reason,
  };
}

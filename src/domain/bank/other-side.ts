import type { StatementParty, StatementTransaction } from './statement';

/**
 * The side of a payment that is not us: who paid us (the payer of money received) or whom we paid (the
 * payee of money sent). Everything that identifies a payment's counterparty looks here.
 */
export function otherSide(tx: Pick<StatementTransaction, 'direction' | 'payer' | 'payee'>): StatementParty {
  return tx.direction === 'incoming' ? tx.payer : tx.payee;
}

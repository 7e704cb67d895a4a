import { ibanMfo, isValidEdrpou, isValidIban, isValidRnokpp } from '../identifiers';
import { counterpartyNameKey } from './matching/name-key';
import { otherSide } from './other-side';
import { accountKey, partyCodeKey } from './party-keys';
import type { StatementTransaction } from './statement';

/** A counterparty the import makes for a payer or payee nobody knows (only when the accountant asks for it). */
export interface NewCounterparty {
  name: string;
  /** who pays us is a client; whom we pay, a supplier */
  kind: 'client' | 'supplier';
  edrpou: string | null;
  rnokpp: string | null;
  bankAccount: { iban: string; mfo: string | null; bankName: string | null } | null;
}

/**
 * One new counterparty per unknown party of the statement's unmatched payments: parties are told apart by
 * code, else account, else name, so ten payments from one unknown company make one counterparty. A party
 * without a name is left alone (nothing to call it); codes and IBANs are kept only when valid, since a
 * counterparty is validated like any other and a bank's placeholder ('0000000000') is no code.
 */
export function counterpartiesToCreate(unmatched: ReadonlyArray<{ transaction: StatementTransaction }>): NewCounterparty[] {
  const made = new Map<string, NewCounterparty>();
  for (const { transaction } of unmatched) {
    const party = otherSide(transaction);
    const name = party.name?.replace(/\s+/g, ' ').trim();
    if (!name) continue;
    const code = partyCodeKey(party.code);
    const iban = accountKey(party.account);
    const identity = code ? `code:${code}` : iban ? `iban:${iban}` : `name:${counterpartyNameKey(name)}`;
    if (made.has(identity)) continue;
    made.set(identity, {
      name: name.slice(0, 255),
      kind: transaction.direction === 'incoming' ? 'client' : 'supplier',
      edrpou: code && code.length === 8 && isValidEdrpou(code) ? code : null,
      rnokpp: code && code.length === 10 && isValidRnokpp(code) ? code : null,
      // the МФО is read from the IBAN itself: a statement's МФО column is sometimes a SWIFT code or empty
      bankAccount: iban && isValidIban(iban) ? { iban, mfo: ibanMfo(iban), bankName: party.bankName } : null,
    });
  }
  return [...made.values()];
}

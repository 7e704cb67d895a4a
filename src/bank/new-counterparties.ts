import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import type { StatementTransaction } from '../domain/bank/statement';
import { counterpartiesToCreate, NewCounterparty } from '../domain/bank/new-counterparties';

/**
 * Creates, through the Document Service (validated, audited in the import's entry, in its transaction), a
 * counterparty for each payer or payee of the given transactions, which matching found no counterparty for.
 * Answers what it made.
 */
export async function createMissingCounterparties(strapi: Core.Strapi, unknown: ReadonlyArray<{ transaction: StatementTransaction }>): Promise<NewCounterparty[]> {
  const drafts = counterpartiesToCreate(unknown);
  for (const draft of drafts) {
    await strapi.documents(UID.counterparty as any).create({
      data: {
        name: draft.name,
        kind: draft.kind,
        edrpou: draft.edrpou,
        rnokpp: draft.rnokpp,
        bankAccounts: draft.bankAccount ? [{ iban: draft.bankAccount.iban, mfo: draft.bankAccount.mfo, bankName: draft.bankAccount.bankName, isMain: true }] : [],
        note: 'Створено імпортом банківської виписки',
      } as any,
    });
  }
  return drafts;
}

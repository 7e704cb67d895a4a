import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import type { PlannedPayment } from '../domain/bank/matching';
import { counterpartiesToCreate } from '../domain/bank/new-counterparties';

/**
 * Creates, through the Document Service (validated, audited in the import's entry, in its transaction), a
 * counterparty for each unknown payer or payee of the plan's payments that found none. Answers how many.
 */
export async function createMissingCounterparties(strapi: Core.Strapi, payments: readonly PlannedPayment[]): Promise<number> {
  const drafts = counterpartiesToCreate(payments.filter((p) => p.match.counterpartyId === null));
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
  return drafts.length;
}

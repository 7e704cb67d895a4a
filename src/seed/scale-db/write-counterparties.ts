import type { CounterpartyDraft } from '../scale';
import { CONTACT_SLOTS, IdMap } from './ids';
import type { TypeLayout } from './layout';
import { writeComponents, writeLinkedDocuments, WriteContext } from './rows';
import type { SinkTransaction } from './sink';

/** Counterparties with their contact persons, links, address and bank accounts. Answers the rows written. */
export async function writeCounterparties(
  tx: SinkTransaction,
  cpLayout: TypeLayout,
  contactLayout: TypeLayout,
  drafts: CounterpartyDraft[],
  ids: IdMap,
  context: WriteContext,
): Promise<number> {
  // the bank accounts are searched too (an IBAN finds its counterparty)
  const counterparties = await writeLinkedDocuments(tx, cpLayout, drafts, (d) => ({ ...d.links }), context, (d) => ({ ...d.fields, bankAccounts: d.bankAccounts }));
  const cpIds = counterparties.ids;
  drafts.forEach((d, n) => (ids.counterparty[d.index] = cpIds[n]));
  let rows = counterparties.rows;

  const contacts = drafts.flatMap((d) => d.contacts.map((c) => ({ ...c, cp: d })));
  const written = await writeLinkedDocuments(tx, contactLayout, contacts, (c) => ({ counterparty: ids.counterparty[c.cp.index] }), context);
  contacts.forEach((c, n) => (ids.contact[c.cp.index * CONTACT_SLOTS + c.slot] = written.ids[n]));
  rows += written.rows;

  rows += 2 * (await writeComponents(tx, cpLayout, 'address', drafts.map((d, n) => [cpIds[n], [d.address]]))).length;
  rows += 2 * (await writeComponents(tx, cpLayout, 'bankAccounts', drafts.map((d, n) => [cpIds[n], d.bankAccounts]))).length;
  return rows;
}

import type { CounterpartyDraft } from '../scale';
import { CONTACT_SLOTS, IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { InverseOrders, writeComponents, writeDocuments, writeLinks } from './rows';
import type { SinkTransaction } from './sink';

/** Counterparties with their contact persons, links, address and bank accounts. Answers the rows written. */
export async function writeCounterparties(
  tx: SinkTransaction,
  cpLayout: TypeLayout,
  contactLayout: TypeLayout,
  drafts: CounterpartyDraft[],
  ids: IdMap,
  orders: InverseOrders,
): Promise<number> {
  const cpIds = await writeDocuments(tx, cpLayout, drafts);
  drafts.forEach((d, n) => (ids.counterparty[d.index] = cpIds[n]));
  let rows = drafts.length;

  const contacts = drafts.flatMap((d) => d.contacts.map((c) => ({ cp: d, contact: c })));
  const contactIds = await writeDocuments(tx, contactLayout, contacts.map(({ contact }) => contact));
  contacts.forEach(({ cp, contact }, n) => (ids.contact[cp.index * CONTACT_SLOTS + contact.slot] = contactIds[n]));
  rows += contacts.length;
  rows += await writeLinks(tx, link(contactLayout, 'counterparty'), contacts.map(({ cp }, n) => [contactIds[n], ids.counterparty[cp.index]]), orders);

  for (const name of ['manager', 'department', 'industry', 'marketSegment', 'region', 'leadSource'] as const) {
    rows += await writeLinks(tx, link(cpLayout, name), drafts.map((d, n) => [cpIds[n], d.links[name]]), orders);
  }
  rows += 2 * (await writeComponents(tx, cpLayout, 'address', drafts.map((d, n) => [cpIds[n], [d.address]]))).length;
  rows += 2 * (await writeComponents(tx, cpLayout, 'bankAccounts', drafts.map((d, n) => [cpIds[n], d.bankAccounts]))).length;
  return rows;
}

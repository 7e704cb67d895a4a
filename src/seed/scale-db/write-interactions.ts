import type { InteractionDraft } from '../scale';
import type { IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { InverseOrders, writeDocuments, writeLinks } from './rows';
import type { SinkTransaction } from './sink';

/** Interactions with their links to the counterparty, contact, employee, stage and business line. */
export async function writeInteractions(tx: SinkTransaction, layout: TypeLayout, drafts: InteractionDraft[], ids: IdMap, orders: InverseOrders): Promise<number> {
  const own = await writeDocuments(tx, layout, drafts);
  let rows = drafts.length;
  rows += await writeLinks(tx, link(layout, 'counterparty'), drafts.map((d, n) => [own[n], ids.counterparty[d.counterparty]]), orders);
  rows += await writeLinks(tx, link(layout, 'contactPerson'), drafts.map((d, n) => [own[n], ids.contactOf(d.counterparty, d.contactSlot)]), orders);
  rows += await writeLinks(tx, link(layout, 'employee'), drafts.map((d, n) => [own[n], d.links.employee]), orders);
  rows += await writeLinks(tx, link(layout, 'stage'), drafts.map((d, n) => [own[n], d.links.stage]), orders);
  rows += await writeLinks(tx, link(layout, 'businessLine'), drafts.map((d, n) => [own[n], d.links.businessLine]), orders);
  return rows;
}

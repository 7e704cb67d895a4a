import type { RequestDraft } from '../scale';
import type { IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { InverseOrders, writeDocuments, writeLinks } from './rows';
import type { SinkTransaction } from './sink';

/** Inbound requests with their counterparty, contact, reference lists, registrar, department and assignee. */
export async function writeRequests(tx: SinkTransaction, layout: TypeLayout, drafts: RequestDraft[], ids: IdMap, orders: InverseOrders): Promise<number> {
  const own = await writeDocuments(tx, layout, drafts);
  let rows = drafts.length;
  rows += await writeLinks(tx, link(layout, 'counterparty'), drafts.map((d, n) => [own[n], d.counterparty === null ? null : ids.counterparty[d.counterparty]]), orders);
  rows += await writeLinks(
    tx,
    link(layout, 'contactPerson'),
    drafts.map((d, n) => [own[n], d.counterparty === null ? null : ids.contactOf(d.counterparty, d.contactSlot)]),
    orders,
  );
  for (const name of ['leadSource', 'businessLine', 'registeredBy', 'targetDepartment', 'assignee'] as const) {
    rows += await writeLinks(tx, link(layout, name), drafts.map((d, n) => [own[n], d.links[name]]), orders);
  }
  return rows;
}

import type { ScheduleDraft } from '../scale';
import type { IdMap } from './ids';
import { link, TypeLayout } from './layout';
import { InverseOrders, writeDocuments, writeLinks } from './rows';
import type { SinkTransaction } from './sink';

/** Schedule entries with their employee and, for visits and trips, the counterparty. */
export async function writeScheduleEntries(tx: SinkTransaction, layout: TypeLayout, drafts: ScheduleDraft[], ids: IdMap, orders: InverseOrders): Promise<number> {
  const own = await writeDocuments(tx, layout, drafts);
  let rows = drafts.length;
  rows += await writeLinks(tx, link(layout, 'employee'), drafts.map((d, n) => [own[n], d.employee]), orders);
  rows += await writeLinks(tx, link(layout, 'counterparty'), drafts.map((d, n) => [own[n], d.counterparty === null ? null : ids.counterparty[d.counterparty]]), orders);
  return rows;
}

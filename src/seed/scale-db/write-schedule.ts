import type { ScheduleDraft } from '../scale';
import type { IdMap } from './ids';
import type { TypeLayout } from './layout';
import { writeLinkedDocuments, WriteContext } from './rows';
import type { SinkTransaction } from './sink';

/** Schedule entries with their employee and, for visits and trips, the counterparty. */
export async function writeScheduleEntries(tx: SinkTransaction, layout: TypeLayout, drafts: ScheduleDraft[], ids: IdMap, context: WriteContext): Promise<number> {
  const written = await writeLinkedDocuments(tx, layout, drafts, (d) => ({
    employee: d.employee,
    counterparty: d.counterparty === null ? null : ids.counterparty[d.counterparty],
  }), context);
  return written.rows;
}

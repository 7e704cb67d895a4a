import type { InteractionDraft } from '../scale';
import type { IdMap } from './ids';
import type { TypeLayout } from './layout';
import { writeLinkedDocuments, WriteContext } from './rows';
import type { SinkTransaction } from './sink';

/** Interactions with their links to the counterparty, contact, employee, stage and business line. */
export async function writeInteractions(tx: SinkTransaction, layout: TypeLayout, drafts: InteractionDraft[], ids: IdMap, context: WriteContext): Promise<number> {
  const written = await writeLinkedDocuments(tx, layout, drafts, (d) => ({
    counterparty: ids.counterparty[d.counterparty],
    contactPerson: ids.contactOf(d.counterparty, d.contactSlot),
    employee: d.links.employee,
    stage: d.links.stage,
    businessLine: d.links.businessLine,
  }), context);
  return written.rows;
}

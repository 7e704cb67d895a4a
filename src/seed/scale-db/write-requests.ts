import type { RequestDraft } from '../scale';
import type { IdMap } from './ids';
import type { TypeLayout } from './layout';
import { writeLinkedDocuments, WriteContext } from './rows';
import type { SinkTransaction } from './sink';

/** Inbound requests with their counterparty, contact, reference lists, registrar, department and assignee. */
export async function writeRequests(tx: SinkTransaction, layout: TypeLayout, drafts: RequestDraft[], ids: IdMap, context: WriteContext): Promise<number> {
  const written = await writeLinkedDocuments(tx, layout, drafts, (d) => ({
    counterparty: d.counterparty === null ? null : ids.counterparty[d.counterparty],
    contactPerson: d.counterparty === null ? null : ids.contactOf(d.counterparty, d.contactSlot),
    leadSource: d.links.leadSource,
    businessLine: d.links.businessLine,
    registeredBy: d.links.registeredBy,
    targetDepartment: d.links.targetDepartment,
    assignee: d.links.assignee,
  }), context);
  return written.rows;
}

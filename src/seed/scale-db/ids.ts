import type { CounterpartyGenerator } from '../scale';
import { column, TypeLayout } from './layout';
import type { Sink } from './sink';

/** Contact documentIds and ids are numbered counterparty × 4 + slot (see CounterpartyGenerator). */
export const CONTACT_SLOTS = 4;

/** Ids of the rows written (this run or an earlier one) that later rows link to, by generator index. */
export class IdMap {
  readonly counterparty: Int32Array;
  readonly contact: Int32Array;

  constructor(size: number) {
    this.counterparty = new Int32Array(size);
    this.contact = new Int32Array(size * CONTACT_SLOTS);
  }

  contactOf(counterparty: number, slot: number | null): number | null {
    return slot === null ? null : this.contact[counterparty * CONTACT_SLOTS + slot] || null;
  }

  /** Rows an earlier run wrote: found by the documentId prefix and decoded back to their index. */
  async loadMissing(sink: Sink, cpLayout: TypeLayout, contactLayout: TypeLayout, generator: CounterpartyGenerator, total: number): Promise<void> {
    let missing = false;
    for (let i = 0; i < total && !missing; i += 1) if (this.counterparty[i] === 0) missing = true;
    if (!missing) return;
    const documentId = column(cpLayout, 'documentId');
    const cps = await sink.query(`select id, "${documentId}" as d from "${cpLayout.table}" where "${documentId}" like ?`, [`${generator.ids.prefix}%`]);
    for (const row of cps) {
      const index = generator.ids.indexOf(row.d);
      if (index !== null && index < total) this.counterparty[index] = row.id;
    }
    const contactDocumentId = column(contactLayout, 'documentId');
    const contacts = await sink.query(`select id, "${contactDocumentId}" as d from "${contactLayout.table}" where "${contactDocumentId}" like ?`, [
      `${generator.contactIds.prefix}%`,
    ]);
    for (const row of contacts) {
      const at = generator.contactOf(row.d);
      if (at && at.index < total) this.contact[at.index * CONTACT_SLOTS + at.slot] = row.id;
    }
    for (let i = 0; i < total; i += 1) {
      if (this.counterparty[i] === 0) throw new Error(`scale seed: generated counterparty ${i} is missing from the database`);
    }
  }
}

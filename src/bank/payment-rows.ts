import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { AccessColumnSync } from '../access/access-columns-sync';
import { UID } from '../access/uids';
import { TypeLayout, typeLayout } from '../seed/scale-db/layout';
import { InverseOrders, writeDocuments, writeLinks } from '../seed/scale-db/rows';
import { knexTransactionSink, SinkTransaction } from '../seed/scale-db/sink';
import { postgresArraySink } from './postgres-array-sink';

/** A payment as the import writes it: its fields and the ids of the rows it links to. */
export interface PaymentDraft {
  fields: {
    date: string;
    amount: string;
    currency: string;
    direction: 'incoming' | 'outgoing';
    payerName: string | null;
    payerCode: string | null;
    payerIban: string | null;
    payeeName: string | null;
    payeeCode: string | null;
    payeeIban: string | null;
    purpose: string | null;
    bankDocNumber: string | null;
    bankDocDate: string | null;
    matchStatus: 'auto' | 'manual' | 'unmatched';
    matchReason: string | null;
    dedupeKey: string;
  };
  counterpartyId: number | null;
  invoiceId: number | null;
  contractId: number | null;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `count` documentIds in the shape Strapi makes (24 characters, a lower-case letter first), from one draw of
 * random bytes: a draw per id was a measurable share of a big import.
 */
export function newDocumentIds(count: number): string[] {
  const bytes = randomBytes(24 * count);
  const ids: string[] = [];
  for (let at = 0; at < bytes.length; at += 24) {
    let id = ALPHABET[bytes[at] % 26];
    for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[at + i] % 36];
    ids.push(id);
  }
  return ids;
}

/**
 * Payments per round of inserts. Each round's values travel as one text array per column; from about 128 kB
 * V8 keeps such a string among the large objects, which only a full collection frees. At 5,000 payments a
 * round (a purpose column is a megabyte) the import's writes lifted the process's peak RSS by 170 MB;
 * at 500 the strings die young, for 0.5 s more on 100,000 payments.
 */
const CHUNK = 500;

/**
 * Payments of a statement written as the Document Service would write them (document rows with their access
 * columns, link rows with their order columns), in bulk inside the import's transaction: a hundred thousand
 * documents one by one through the Document Service take many minutes, these take seconds. The import's
 * audit entry counts them (the audit trail sees no per-document writes here). One writer serves an import
 * that writes a window at a time: what every write needs is made once (the table layout, the column types,
 * the access paths), and the link tables' order maxima are read once per target and counted on from there.
 */
export class PaymentWriter {
  private readonly sink: SinkTransaction;
  private readonly layout: TypeLayout;
  private readonly orders = new InverseOrders(true);
  private readonly sync: AccessColumnSync;

  constructor(
    strapi: Core.Strapi,
    private readonly trx: any,
    private readonly statementId: number,
  ) {
    this.sink = strapi.db.dialect.client === 'postgres' ? postgresArraySink(trx) : knexTransactionSink(trx, 'sqlite');
    this.layout = typeLayout(strapi, UID.payment);
    this.sync = new AccessColumnSync(strapi);
  }

  async write<T>(items: readonly T[], draftOf: (item: T) => PaymentDraft): Promise<number[]> {
    const written: number[] = [];
    for (let start = 0; start < items.length; start += CHUNK) {
      const chunk = items.slice(start, start + CHUNK).map(draftOf);
      const documentIds = newDocumentIds(chunk.length);
      // the access columns go in with the rows: they follow the payment's counterparty (its manager, departments)
      const access = await this.sync.valuesForNewRows(this.trx, UID.payment, chunk.map((draft) => ({ counterparty: draft.counterpartyId })));
      const ids = await writeDocuments(this.sink, this.layout, chunk.map((draft, n) => ({ documentId: documentIds[n], fields: Object.assign({}, draft.fields, access[n]) })));
      const links: Array<[string, (draft: PaymentDraft) => number | null]> = [
        ['counterparty', (d) => d.counterpartyId],
        ['invoice', (d) => d.invoiceId],
        ['contract', (d) => d.contractId],
        ['statement', () => this.statementId],
      ];
      for (const [name, target] of links) await writeLinks(this.sink, this.layout.links[name], chunk.map((draft, n) => [ids[n], target(draft)]), this.orders);
      written.push(...ids);
    }
    return written;
  }
}

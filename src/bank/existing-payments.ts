import type { Core } from '@strapi/strapi';
import { UID } from '../access/uids';
import { inAmbientTransaction } from './ambient-transaction';

/**
 * Keys per query. Longer lists make PostgreSQL scan the whole payments table for each (measured: 5,000 keys
 * a query took three times as long as 1,000), and the table only grows.
 */
const CHUNK = 1_000;

/**
 * The dedupe keys among `keys` that saved payments already carry (a re-imported or overlapping statement).
 * Read as plain rows: through the query engine a re-import of a hundred thousand payments spent most of its
 * time turning the rows it found into entities.
 */
export async function existingDedupeKeys(strapi: Core.Strapi, keys: readonly string[]): Promise<Set<string>> {
  const payment: any = strapi.db.metadata.get(UID.payment as any);
  const column: string = payment.attributes.dedupeKey.columnName;
  const found = new Set<string>();
  await inAmbientTransaction(strapi, async (trx) => {
    for (let start = 0; start < keys.length; start += CHUNK) {
      const rows: Array<{ key: string }> = await trx(payment.tableName).select({ key: column }).whereIn(column, keys.slice(start, start + CHUNK));
      for (const row of rows) found.add(row.key);
    }
  });
  return found;
}

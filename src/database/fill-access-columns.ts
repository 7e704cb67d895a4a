import type { Core } from '@strapi/strapi';
import { accessColumnsOf, typesWithAccessColumns } from '../access/access-columns';
import { AccessColumnSync } from '../access/access-columns-sync';

const STORE = { type: 'plugin' as const, name: 'vitrylo', key: 'access-columns' };

/** What the access columns are: when a version changes a path, every row is filled again. */
export function accessColumnsSignature(): string {
  return JSON.stringify(typesWithAccessColumns().sort().map((uid) => [uid, accessColumnsOf(uid).map((column) => [column.attribute, column.path.join('.'), column.endsAt])]));
}

/**
 * Fills every access column of every row, in one transaction, when the columns are new to this database
 * (made by a version without them, or whose paths changed since). After that the write path keeps them;
 * a bulk load that writes rows past the Document Service calls this with `force`.
 */
export async function fillAccessColumns(strapi: Core.Strapi, { force = false }: { force?: boolean } = {}): Promise<boolean> {
  const signature = accessColumnsSignature();
  const store = strapi.store(STORE);
  if (!force && (await store.get({})) === signature) return false;
  const started = Date.now();
  const sync = new AccessColumnSync(strapi);
  await strapi.db.transaction(async ({ trx }) => {
    for (const uid of typesWithAccessColumns()) await sync.recompute(trx, uid, 'all');
  });
  await store.set({ value: signature });
  strapi.log.info(`Access columns filled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

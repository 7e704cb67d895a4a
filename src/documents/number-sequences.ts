import type { Core } from '@strapi/strapi';

const TABLE = 'vitrylo_number_sequences';

/** Per database connection: a test process may run several Strapis on several databases. */
const tablesReady = new WeakMap<object, Promise<void>>();

/** The sequences table: Vitrylo's own (not a content type), made before the first number is drawn. */
export function prepareNumberSequences(strapi: Core.Strapi): Promise<void> {
  const connection = strapi.db.connection;
  let ready = tablesReady.get(connection);
  if (ready) return ready;
  ready = (async () => {
    if (await connection.schema.hasTable(TABLE)) return;
    await connection.schema.createTable(TABLE, (table) => {
      table.string('scope', 128).primary();
      table.bigInteger('last_value').notNullable();
    });
  })().catch((error) => {
    tablesReady.delete(connection);
    throw error;
  });
  tablesReady.set(connection, ready);
  return ready;
}

/**
 * The next number of a sequence, inside the caller's transaction. The increment takes the sequence's row
 * lock until that transaction ends: a second process creating a document of the same kind waits for the
 * first to commit (and then takes the next number) or to roll back (and then takes the same number), so
 * numbers are neither repeated nor skipped. A sequence met for the first time starts after `lastUsed()`,
 * the highest number already written by hand or by an earlier version.
 */
export async function nextInSequence(trx: any, scope: string, lastUsed: () => Promise<number>): Promise<number> {
  const existing = await trx(TABLE).where({ scope }).first('last_value');
  if (!existing) await trx.raw(`insert into ${TABLE} (scope, last_value) values (?, ?) on conflict (scope) do nothing`, [scope, await lastUsed()]);
  const result = await trx.raw(`update ${TABLE} set last_value = last_value + 1 where scope = ? returning last_value`, [scope]);
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(rows[0].last_value);
}

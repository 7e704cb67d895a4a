import type { Core } from '@strapi/strapi';

/**
 * Vitrylo's own tables (not content types: rate-limit counts, number sequences, private files), made when
 * first needed if missing. Strapi's schema sync leaves tables it did not make alone. Remembered per table
 * and database connection: a test process may run several Strapis on several databases.
 */
const tablesReady = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * `build` makes the table when it is missing; `upgrade`, when given, then brings it up to date whether it was
 * just made or an earlier version made it (a column added since, a storage setting): it must do nothing to a
 * table that is up to date. Once per process.
 */
export function ensureOwnTable(strapi: Core.Strapi, name: string, build: (table: any) => void, upgrade?: (connection: any) => Promise<void>): Promise<void> {
  const connection = strapi.db.connection;
  let tables = tablesReady.get(connection);
  if (!tables) tablesReady.set(connection, (tables = new Map()));
  let ready = tables.get(name);
  if (ready) return ready;
  ready = (async () => {
    if (!(await connection.schema.hasTable(name))) await connection.schema.createTable(name, build);
    if (upgrade) await upgrade(connection);
  })().catch((error) => {
    tables!.delete(name);
    throw error;
  });
  tables.set(name, ready);
  return ready;
}

import type { Core } from '@strapi/strapi';

/**
 * Runs `work` with the knex transaction the caller is already in (Strapi keeps it in async-local storage;
 * a nested `strapi.db.transaction` hands it over and leaves its commit to the outer one), or with a
 * transaction of its own when there is none (a preview). Raw SQL of the import goes through it: on SQLite
 * the import's transaction holds the only connection, so a query on another would wait for ever.
 */
export async function inAmbientTransaction<T>(strapi: Core.Strapi, work: (trx: any) => Promise<T>): Promise<T> {
  let result!: T;
  await strapi.db.transaction(async ({ trx }) => {
    result = await work(trx);
  });
  return result;
}

import type { Core } from '@strapi/strapi';
import { SEARCH_COLUMN, searchableTypes } from './searchable-types';

/**
 * A trigram index on each search column (PostgreSQL), so a substring match over a million records reads the
 * index instead of every row. Schema sync cannot declare a GIN index, and it leaves indexes it does not
 * know alone, so they are made here after it, at every start, idempotently. Without the pg_trgm extension
 * (it needs the right to create it) the search still works, by scanning; a warning says so.
 */
export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  const knex = strapi.db.connection;
  try {
    await knex.raw('create extension if not exists pg_trgm');
  } catch (error) {
    strapi.log.warn(`Search indexes not made: the pg_trgm extension could not be created (${(error as Error).message})`);
    return;
  }
  for (const { uid } of searchableTypes()) {
    const table: string = strapi.db.metadata.get(uid as any).tableName;
    await knex.raw(`create index if not exists ?? on ?? using gin (?? gin_trgm_ops)`, [`${table}_${SEARCH_COLUMN}_trgm`, table, SEARCH_COLUMN]);
  }
}

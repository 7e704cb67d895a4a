import type { Core } from '@strapi/strapi';

/**
 * Caller matching looks e-mails up case-insensitively (`$eqi`, which Strapi writes as `LOWER(email) =
 * LOWER(?)`; on PostgreSQL `LOWER(CAST(email AS VARCHAR))`, which the planner reads as `lower(email::text)`),
 * since stored addresses are kept as typed. An index on `lower(email)` serves exactly that. Schema sync
 * cannot declare an expression index and leaves indexes it does not know alone, so it is made here after
 * the sync, at every start, idempotently, on both databases.
 */
export const EMAIL_INDEXES = [
  { table: 'counterparties', name: 'counterparties_email_lower_idx' },
  { table: 'contact_persons', name: 'contact_persons_email_lower_idx' },
] as const;

export async function ensureEmailIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName();
  for (const { table, name } of EMAIL_INDEXES) {
    const qualified = schema ? `${schema}.${table}` : table;
    await knex.raw(`create index if not exists ?? on ?? (lower(email))`, [name, qualified]);
  }
}

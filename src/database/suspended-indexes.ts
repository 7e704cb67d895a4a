import type { Knex } from 'knex';

export interface IndexedColumns {
  table: string;
  columns: string[];
}

interface IndexDefinition {
  name: string;
  definition: string;
}

/**
 * Runs a bulk rewrite of some columns with their indexes dropped, and makes the indexes again afterwards
 * (PostgreSQL; elsewhere it just runs). Updating ten million rows keeps every index on the rewritten
 * columns current row by row, which costs several times the update itself; one index build at the end
 * reads the table once. Indexes that back a constraint (primary keys, unique constraints) stay. Inside a
 * transaction the indexes come back with it, or not at all.
 */
export async function withIndexesSuspended<T>(knex: Knex, dialect: string, targets: IndexedColumns[], rewrite: () => Promise<T>): Promise<T> {
  if (dialect !== 'postgres') return rewrite();
  const dropped: IndexDefinition[] = [];
  for (const { table, columns } of targets) {
    if (columns.length === 0) continue;
    const result = await knex.raw(
      `select i.relname as name, pg_get_indexdef(i.oid) as definition
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_class t on t.oid = x.indrelid
        where t.relname = ? and t.relnamespace = to_regnamespace(current_schema())
          and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
          and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attnum = any(x.indkey) and a.attname = any(?))`,
      [table, columns],
    );
    for (const row of result.rows as IndexDefinition[]) {
      await knex.raw('drop index if exists ??', [row.name]);
      dropped.push(row);
    }
  }
  const value = await rewrite();
  for (const index of dropped) await knex.raw(index.definition);
  return value;
}

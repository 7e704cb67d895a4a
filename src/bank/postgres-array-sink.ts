import { knexTransactionSink, SinkTransaction } from '../seed/scale-db/sink';
import { arrayLiteral } from './postgres-array-literal';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Bulk writes on PostgreSQL inside the import's knex transaction, each chunk of rows as one
 * `INSERT … SELECT * FROM unnest($1::type[], …)`: one parameter per column, however many rows. knex's
 * multi-row insert binds every value and builds an object per row — for a hundred thousand payments that was
 * most of the import's time. Ids and reads are the knex sink's.
 */
export function postgresArraySink(trx: any): SinkTransaction {
  const knexSink = knexTransactionSink(trx, 'postgres');
  const typesByTable = new Map<string, Map<string, string>>();

  async function columnTypes(table: string): Promise<Map<string, string>> {
    let types = typesByTable.get(table);
    if (!types) {
      const result = await trx.raw('select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ?', [table]);
      types = new Map<string, string>(result.rows.map((row: any) => [row.column_name, row.udt_name]));
      if (types.size === 0) throw new Error(`bulk write: table ${table} not found`);
      typesByTable.set(table, types);
    }
    return types;
  }

  return {
    ...knexSink,
    async insert(table, columns, rows) {
      if (rows.length === 0) return;
      const types = await columnTypes(table);
      const casts = columns.map((column) => {
        const type = types.get(column);
        if (!type) throw new Error(`bulk write: ${table}.${column} does not exist`);
        return `?::${type}[]`;
      });
      // each column as its array literal, not as an array for pg to turn into one (see arrayLiteral)
      const arrays = columns.map((_, i) => arrayLiteral(rows.map((row) => row[i])));
      await trx.raw(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) select * from unnest(${casts.join(', ')})`, arrays);
    },
  };
}

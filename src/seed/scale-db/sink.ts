/**
 * Where the bulk rows go: one transaction per batch, multi-row inserts, a marker row written in the same
 * transaction. PostgreSQL gets its own `pg` connection and one INSERT … SELECT FROM unnest($1::type[], …) per
 * table and batch (one parameter per column, so the batch size is not limited by the 65535 parameters);
 * SQLite goes through Strapi's own knex connection in chunks under its bound-variable limit.
 */
export type Row = unknown[];

export interface SinkTransaction {
  /** Inserts rows (values in the order of `columns`). */
  insert(table: string, columns: string[], rows: Row[]): Promise<void>;
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Takes `count` new ids of a table (from its sequence on PostgreSQL): rows get their ids before they are
   * written, so link and component rows can be built in the same pass without reading anything back.
   */
  allocateIds(table: string, count: number): Promise<number[]>;
}

export interface Sink {
  readonly dialect: 'postgres' | 'sqlite';
  /** False when the database skips foreign-key checks for this session (see skipForeignKeyTriggers). */
  readonly foreignKeysChecked: boolean;
  transaction<T>(work: (tx: SinkTransaction) => Promise<T>): Promise<T>;
  /** A read outside any batch transaction. Placeholders are `?`. */
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Refreshes the planner's statistics after a bulk load. PostgreSQL without them (autovacuum off, or not yet
   * round) takes a table of millions for empty and plans a manager's list as a walk of all of it. SQLite's
   * planner assumes its indexes help and needs nothing. On PostgreSQL it vacuums as well, as autovacuum would
   * have by the time a company has years of history: the visibility map then lets a count be read from an
   * index alone (one client's chronicle counts thousands of entries of one index range, not thousands of rows).
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `?` placeholders → `$1, $2…` (the SQL here never has a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}

/**
 * Every link row costs two foreign-key lookups (and row locks) on top of its indexes; the rows written here
 * reference ids just allocated or read, so a superuser session skips those triggers (about a third faster).
 * Other roles may not: then the checks stay on.
 */
async function skipForeignKeyTriggers(client: any): Promise<boolean> {
  try {
    await client.query('set session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

export async function openPostgresSink(connection: Record<string, any>): Promise<Sink> {
  const { Client } = require('pg');
  const { schema, ...settings } = connection;
  const client = new Client(settings.connectionString ? { connectionString: settings.connectionString, ssl: settings.ssl } : settings);
  await client.connect();
  const schemaName = schema || 'public';
  await client.query(`set search_path to ${quote(schemaName)}`);
  const foreignKeysChecked = !(await skipForeignKeyTriggers(client));
  const typeCache = new Map<string, Map<string, string>>();

  async function columnTypes(table: string): Promise<Map<string, string>> {
    let types = typeCache.get(table);
    if (!types) {
      const result = await client.query(
        'select column_name, udt_name from information_schema.columns where table_schema = $1 and table_name = $2',
        [schemaName, table],
      );
      types = new Map(result.rows.map((r: any) => [r.column_name as string, r.udt_name as string]));
      if (types.size === 0) throw new Error(`scale seed: table ${table} not found in schema ${schemaName}`);
      typeCache.set(table, types);
    }
    return types;
  }

  const query = async (sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows;
  const sequences = new Map<string, string>();
  const tx: SinkTransaction = {
    async allocateIds(table, count) {
      if (count === 0) return [];
      let sequence = sequences.get(table);
      if (!sequence) {
        const found = await client.query('select pg_get_serial_sequence($1, $2) as name', [quote(table), 'id']);
        sequence = found.rows[0]?.name as string;
        if (!sequence) throw new Error(`scale seed: ${table}.id has no sequence`);
        sequences.set(table, sequence);
      }
      const result = await client.query('select nextval($1::regclass)::int as id from generate_series(1, $2)', [sequence, count]);
      return result.rows.map((r: any) => r.id as number);
    },
    async insert(table, columns, rows) {
      if (rows.length === 0) return;
      const types = await columnTypes(table);
      const casts = columns.map((column, i) => {
        const type = types.get(column);
        if (!type) throw new Error(`scale seed: ${table}.${column} does not exist`);
        return `$${i + 1}::${type}[]`;
      });
      const arrays = columns.map((_, i) => rows.map((row) => row[i]));
      await client.query(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) select * from unnest(${casts.join(', ')})`, arrays);
    },
    query,
  };

  return {
    dialect: 'postgres',
    foreignKeysChecked,
    async transaction(work) {
      await client.query('begin');
      try {
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    },
    query,
    async analyze() {
      await client.query('vacuum (analyze)');
    },
    close: () => client.end(),
  };
}

/**
 * SQLite caps bound variables (32766 by default), and knex writes a multi-row insert there as one compound
 * SELECT … UNION ALL …, which SQLite caps at 500 terms: stay under both.
 */
const SQLITE_VARIABLES = 30_000;
const SQLITE_COMPOUND_SELECT = 500;

/**
 * Bulk writes inside a knex transaction someone else opened (an import in Strapi's transaction, so its
 * Document Service writes and these rows commit together). On PostgreSQL ids come from the table's
 * sequence (other writers go on using it) and rows go in multi-row inserts under the 65535-parameter cap;
 * on SQLite the transaction holds the only connection, so the ids after the largest one are free.
 */
export function knexTransactionSink(trx: any, dialect: 'postgres' | 'sqlite'): SinkTransaction {
  const sequences = new Map<string, string>();
  const variables = dialect === 'postgres' ? POSTGRES_PARAMETERS : SQLITE_VARIABLES;
  const terms = dialect === 'postgres' ? Infinity : SQLITE_COMPOUND_SELECT;
  return {
    async allocateIds(table, count) {
      if (count === 0) return [];
      if (dialect === 'postgres') {
        let sequence = sequences.get(table);
        if (!sequence) {
          const found = rowsOf(await trx.raw('select pg_get_serial_sequence(?, ?) as name', [quote(table), 'id']));
          sequence = found[0]?.name as string;
          if (!sequence) throw new Error(`bulk write: ${table}.id has no sequence`);
          sequences.set(table, sequence);
        }
        const ids = rowsOf(await trx.raw('select nextval(?::regclass)::int as id from generate_series(1, ?)', [sequence, count]));
        return ids.map((r: any) => Number(r.id));
      }
      const [{ top }] = await trx(table).max({ top: 'id' });
      const first = Number(top ?? 0) + 1;
      return Array.from({ length: count }, (_, i) => first + i);
    },
    async insert(table, columns, rows) {
      const chunk = Math.max(1, Math.min(terms, Math.floor(variables / columns.length)));
      for (let start = 0; start < rows.length; start += chunk) {
        await trx(table).insert(rows.slice(start, start + chunk).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))));
      }
    },
    query: async (sql, params = []) => rowsOf(await trx.raw(sql, params)),
  };
}

const POSTGRES_PARAMETERS = 60_000;

export function knexSink(knex: any, dialect: 'postgres' | 'sqlite' = 'sqlite'): Sink {
  const makeTx = (trx: any): SinkTransaction => knexTransactionSink(trx, dialect);
  return {
    dialect,
    foreignKeysChecked: true,
    transaction: (work) => knex.transaction((trx: any) => work(makeTx(trx))),
    query: async (sql, params = []) => rowsOf(await knex.raw(sql, params)),
    analyze: async () => undefined,
    close: async () => undefined,
  };
}

/** knex.raw answers an array on SQLite and a pg result (with .rows) on PostgreSQL. */
function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result?.rows ?? [];
}

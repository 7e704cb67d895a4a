import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * Named prepared statements on PostgreSQL for the reads of the hottest requests. An unnamed statement (what
 * knex sends) is parsed and planned afresh at every execution, and for the short reads keyed by one id that
 * was most of the database's work: the caller-ID lookup's joins of four or five tables cost 0.35–0.63 ms of
 * CPU each unnamed, 0.06–0.07 ms named (docs/benchmarks.md, 2026-12-02). A named statement is parsed once per
 * connection, and PostgreSQL reuses a generic plan once that costs no more than the plans made for the values
 * (plan_cache_mode auto). Only reads whose best plan does not depend on the values are named: one row by its
 * key, one person's or one client's rows by their indexed reference column. A list filtered or sorted at the
 * user's choice (where a manager with a few rows and the super admin with a million need different plans)
 * stays unnamed.
 *
 * The name is a hash of the SQL, so one name never stands for two texts on a connection. At most
 * MAX_STATEMENTS different texts are named per process (each is kept by every connection that ran it);
 * statements past that run unnamed. SQLite prepares every statement anyway: nothing changes there. Off with
 * DATABASE_PREPARED_STATEMENTS=false (config `database.preparedStatements`), for a PgBouncer in transaction pooling.
 */
const MAX_STATEMENTS = 200;
const PREPARE = 'vitryloPrepare';
const INSTALLED = Symbol.for('vitrylo.preparedStatements');
/** Set in a request's state: every statement of the rest of that request is named. */
const WHOLE_REQUEST = 'vitryloPreparedStatements';

const names = new Map<string, string>();

function statementName(sql: string): string | null {
  const known = names.get(sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_STATEMENTS) return null;
  const name = `vitrylo_${createHash('sha1').update(sql).digest('hex').slice(0, 32)}`;
  names.set(sql, name);
  return name;
}

/** Names the statements knex sends to PostgreSQL when asked to (knex hands a query's options to `pg`). */
function install(strapi: Core.Strapi): boolean {
  if (strapi.db.dialect.client !== 'postgres' || strapi.config.get('database.preparedStatements') === false) return false;
  const client: any = strapi.db.connection.client;
  if (client[INSTALLED]) return true;
  const send = client._query;
  client._query = function namedWhenAsked(this: unknown, connection: unknown, query: { sql?: string; options?: Record<string, unknown> }) {
    // the request is found through Strapi's own request context: one more AsyncLocalStorage would make every
    // promise of the process pay for its propagation (the content manager's lists make thousands a request)
    const asked = query.options?.[PREPARE] === true || (strapi as any).requestContext?.get?.()?.state?.[WHOLE_REQUEST] === true;
    if (asked && query.sql && !query.options?.name) {
      const { [PREPARE]: _flag, ...options } = query.options ?? {};
      const name = statementName(query.sql);
      query.options = name ? { ...options, name } : options;
    }
    return send.call(this, connection, query);
  };
  client[INSTALLED] = true;
  return true;
}

/** This one knex query (builder or raw) as a named prepared statement on PostgreSQL. */
export function preparedStatement<Query extends { options(options: Record<string, unknown>): Query }>(strapi: Core.Strapi, query: Query): Query {
  return install(strapi) ? query.options({ [PREPARE]: true }) : query;
}

/**
 * Every statement the rest of this request sends, the Document Service's and the query engine's included, as a
 * named prepared statement on PostgreSQL: for a request whose reads are all keyed by one record (a client's
 * timeline, a person's inbox).
 */
export function prepareStatementsOfThisRequest(strapi: Core.Strapi, ctx: { state: Record<string, unknown> }): void {
  if (install(strapi)) ctx.state[WHOLE_REQUEST] = true;
}

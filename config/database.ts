import path from 'path';

/**
 * SQLite is the embedded default so Vitrylo runs with no server at all; PostgreSQL is chosen by
 * DATABASE_URL (postgres://...) or DATABASE_CLIENT=postgres with the DATABASE_* parts.
 */
export default ({ env }) => {
  const url = env('DATABASE_URL', '');
  const client = url ? 'postgres' : env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) };
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    const connection = url
      ? { connectionString: url, schema: env('DATABASE_SCHEMA', 'public') }
      : {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'vitrylo'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
        };
    // false behind a PgBouncer in transaction pooling, where a statement prepared on one server connection is
    // not there at the next transaction (src/database/prepared-statements.ts)
    const preparedStatements = env.bool('DATABASE_PREPARED_STATEMENTS', true);
    return { connection: { client: 'postgres', connection, pool, acquireConnectionTimeout }, preparedStatements };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      acquireConnectionTimeout,
    },
  };
};

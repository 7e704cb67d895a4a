import fs from 'fs';
import path from 'path';
import crypto from 'crypto';

/**
 * Every suite gets a database of its own, made fresh and removed afterwards: SQLite files under .tmp/,
 * or, when DATABASE_URL points at a PostgreSQL server, a new database on that server. Within a Jest run
 * it starts as a copy of the run's template (tests/helpers/template-database.js): the schema a first
 * boot creates, and nothing else.
 */
export interface TestDatabase {
  drop(): Promise<void>;
}

const baseUrl = process.env.VITRYLO_TEST_BASE_URL ?? process.env.DATABASE_URL ?? '';
process.env.VITRYLO_TEST_BASE_URL = baseUrl;

export function usesPostgres(): boolean {
  return baseUrl.startsWith('postgres');
}

function uniqueName(): string {
  return `vitrylo_test_${process.pid}_${process.env.JEST_WORKER_ID ?? '0'}_${crypto.randomBytes(4).toString('hex')}`;
}

async function withAdminClient<T>(fn: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { Client } = require('pg');
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `template`: the run's template to copy (the schema only by default; the browser tests' demo template). */
export async function createTestDatabase(template: string | undefined = process.env.VITRYLO_TEST_TEMPLATE): Promise<TestDatabase> {
  const name = uniqueName();
  if (usesPostgres()) {
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    delete process.env.DATABASE_CLIENT;
    return {
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }
  const file = path.resolve(__dirname, '../../.tmp', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
  delete process.env.DATABASE_URL;
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = file;
  return {
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}

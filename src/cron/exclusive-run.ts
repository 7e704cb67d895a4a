import type { Core } from '@strapi/strapi';
import { advisoryLockKey } from '../domain/cron';

/**
 * The outcome of trying to run a task exclusively: its value, or why it did not run. Both members declare
 * both keys, so they read well in the project's non-strict tsconfig (see domain/result.ts).
 */
export type Exclusive<T> = { ran: true; value: T; reason?: undefined } | { ran: false; reason: string; value?: undefined };

/** Names of the tasks running in this process right now. */
const runningHere = new Set<string>();

/**
 * Runs `fn` only if no other run of the same task is under way: in this process (an in-process guard,
 * all SQLite needs, as SQLite means one process), and on PostgreSQL in any instance sharing the
 * database, through pg_try_advisory_xact_lock on a connection of its own.
 */
export async function runExclusively<T>(strapi: Core.Strapi, taskName: string, fn: () => Promise<T>): Promise<Exclusive<T>> {
  if (runningHere.has(taskName)) return { ran: false, reason: 'the previous run in this process has not finished' };
  runningHere.add(taskName);
  try {
    if (strapi.db.dialect.client !== 'postgres') return { ran: true, value: await fn() };
    return await withAdvisoryLock(strapi, taskName, fn);
  } finally {
    runningHere.delete(taskName);
  }
}

/**
 * The lock lives in a transaction of its own, opened on a pool connection and never made the ambient
 * transaction: the task's own writes go through other connections (or a transaction of their own), and
 * ending this transaction releases the lock even if the process dies mid-run (the connection closes).
 */
async function withAdvisoryLock<T>(strapi: Core.Strapi, taskName: string, fn: () => Promise<T>): Promise<Exclusive<T>> {
  const lockTransaction = await strapi.db.connection.transaction();
  try {
    const result: any = await lockTransaction.raw('select pg_try_advisory_xact_lock(?::bigint) as locked', [advisoryLockKey(taskName).toString()]);
    if (!result.rows?.[0]?.locked) return { ran: false, reason: 'another instance is running it' };
    return { ran: true, value: await fn() };
  } finally {
    await lockTransaction.rollback().catch((error: Error) => {
      strapi.log.warn(`cron ${taskName}: could not end the lock transaction: ${error.message}`);
    });
  }
}

import type { Core } from '@strapi/strapi';
import { strapiInternalModule } from './strapi-internal-module';

/**
 * Strapi's Document Service runs every call in a database transaction, reads too: a list page's find and its
 * count each open one, and on PostgreSQL each costs two more round trips (BEGIN, COMMIT) and a connection held
 * between them. A read gains nothing from it there: at READ COMMITTED every statement takes its own snapshot
 * inside a transaction as well, and a read writes nothing to roll back. So on PostgreSQL a read made outside
 * any transaction now runs without one (its populate queries, which Strapi sends side by side, may then take a
 * pool connection each instead of queueing on one); a read made inside a write's transaction still joins it and
 * sees its uncommitted rows, as before. On SQLite nothing changes: there the transaction costs no round trip,
 * and it keeps a record and its relations read from one snapshot, which the one connection would not otherwise.
 *
 * Strapi 5.54 has no setting for it: its repositories wrap each method with `wrapInTransaction` from the
 * document service's common module when they are made (at a content type's first `strapi.documents(uid)`),
 * so that function is wrapped here, in register(), before any repository exists.
 */

type Method = (...args: unknown[]) => Promise<unknown>;
interface CommonModule { wrapInTransaction(fn: Method): Method }

/** The repository methods that only read, by their function names in Strapi's repository module. */
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRAPPED = Symbol.for('vitrylo.readsWithoutTransaction');

export function runReadsWithoutTransactions(strapi: Core.Strapi): void {
  const common = strapiInternalModule<CommonModule>('@strapi/core', 'services', 'document-service', 'common.js');
  if (!common || typeof common.wrapInTransaction !== 'function') {
    strapi.log.warn('Strapi\'s document service module has moved: every read runs in a transaction of its own.');
    return;
  }
  if ((common.wrapInTransaction as any)[WRAPPED]) return;

  const wrapInTransaction = common.wrapInTransaction;
  const readsOutsideTransactions = (fn: Method): Method => {
    const inTransaction = wrapInTransaction(fn);
    if (!READS.has(fn.name)) return inTransaction;
    return (...args) => {
      // `strapi` is the global Strapi's own wrapper uses: the instance that calls the repository.
      const db = (globalThis as any).strapi?.db;
      return db && db.dialect.client !== 'sqlite' && !db.inTransaction() ? fn(...args) : inTransaction(...args);
    };
  };
  (readsOutsideTransactions as any)[WRAPPED] = true;
  common.wrapInTransaction = readsOutsideTransactions;
}

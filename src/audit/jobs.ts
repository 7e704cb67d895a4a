import type { Core } from '@strapi/strapi';
import { createJobCounts, isEmptyJob, JobCounts, serializeCounts } from '../domain/audit';
import { currentActor } from './actor';
import { runInAuditJob } from './context';
import { writeAuditEntry } from './writer';

export interface AuditedJobOptions {
  /** The document the job is about, if any (e.g. the bank statement being imported). */
  target?: { uid: string; documentId?: string; label?: string };
  /** Write nothing when the job created, updated and deleted nothing and did not fail (frequent cron tasks). */
  skipWhenEmpty?: boolean;
  /**
   * All or nothing: the job runs in one database transaction with its audit entry, so every write it makes
   * (Document Service and strapi.db.query alike, as both join the ambient transaction) and the entry commit
   * together. If the job throws, the transaction is rolled back and the failure is recorded afterwards,
   * outside it, so it stays in the log. Must not be called inside another transaction (see below).
   */
  transaction?: boolean;
}

/**
 * Runs a bulk job (an import, a cron task) as one audited unit. While `fn` runs, the audit trail writes
 * no entry per document: it counts the job's Document Service writes per action and uid into `counts`
 * (`created`, `updated`, `deleted`: { uid: n }), to which the job may add its own keys (duplicates,
 * unmatched, ...). At the end one `bulk-job` entry is written with the counts, the duration and, if the
 * job threw, the error (the error is rethrown). The actor is the request's user or token, else the system.
 *
 * Writes made with strapi.db.query are not counted (no middleware runs for them): count them yourself.
 * The state is async-local, so concurrent requests outside the job are logged as usual.
 *
 * With `transaction: true` (Strapi 5.54, @strapi/database): `strapi.db.transaction(cb)` keeps the knex
 * transaction in async-local storage; every query (`execute` in the query builder) and every Document
 * Service call (each is wrapped in `strapi.db.transaction`) made inside `cb` finds it there and joins it.
 * A nested `strapi.db.transaction` reuses the outer transaction without a savepoint, and its commit and
 * rollback do nothing: that is why a transactional job refuses to start inside another transaction, where
 * its rollback would be a no-op and the caller could commit half of it. Entry events of the Document
 * Service fire only after the commit. On SQLite the transaction holds the only connection: other requests
 * wait until the job ends, so keep transactional jobs to database work (read files and call other systems
 * before).
 *
 * @example
 *   await runAuditedJob(strapi, 'bank-import', async (counts) => {
 *     for (const row of rows) await strapi.documents('api::payment.payment').create({ data: row });
 *     counts.duplicates = skipped;
 *   }, { transaction: true });
 */
export async function runAuditedJob<T>(
  strapi: Core.Strapi,
  jobName: string,
  fn: (counts: JobCounts) => Promise<T>,
  options: AuditedJobOptions = {},
): Promise<T> {
  if (options.transaction && strapi.db.inTransaction()) {
    throw new Error(`audited job "${jobName}": a transactional job must not start inside another transaction (its rollback would be a no-op)`);
  }
  const job: JobRun = { strapi, jobName, counts: createJobCounts(), started: Date.now(), options };
  const runJob = () => runInAuditJob({ jobName, counts: job.counts }, () => fn(job.counts));

  if (options.transaction) {
    let result: T;
    try {
      result = await strapi.db.transaction(async () => {
        const value = await runJob();
        await recordJob(job, undefined); // inside: the entry commits with the job's writes
        return value;
      });
    } catch (error) {
      // Rolled back by now, the success entry too if it was written; the counts say what was undone.
      await recordFailure(job, error, { rolledBack: true });
      throw error;
    }
    return result;
  }

  let result: T | undefined;
  try {
    result = await runJob();
  } catch (error) {
    await recordFailure(job, error, {});
    throw error;
  }
  await recordJob(job, undefined);
  return result as T;
}

interface JobRun {
  strapi: Core.Strapi;
  jobName: string;
  counts: JobCounts;
  started: number;
  options: AuditedJobOptions;
}

/** Writes the job's bulk-job entry (none for an empty job with skipWhenEmpty that did not fail). */
async function recordJob(job: JobRun, failure: unknown, extra: Record<string, unknown> = {}): Promise<void> {
  const failed = failure !== undefined;
  if (job.options.skipWhenEmpty && !failed && isEmptyJob(job.counts)) return;
  const summary: Record<string, unknown> = { ...serializeCounts(job.counts), durationMs: Date.now() - job.started, ...extra };
  if (failed) summary.error = failure instanceof Error ? failure.message : String(failure);
  await writeAuditEntry(job.strapi, {
    actor: currentActor(job.strapi),
    action: 'bulk-job',
    jobName: job.jobName,
    counts: summary,
    targetUid: job.options.target?.uid ?? null,
    targetDocumentId: job.options.target?.documentId ?? null,
    targetLabel: job.options.target?.label ?? null,
  });
}

/** Records a failed job; a failure to record it is logged, never thrown over the job's own error. */
async function recordFailure(job: JobRun, failure: unknown, extra: Record<string, unknown>): Promise<void> {
  try {
    await recordJob(job, failure ?? new Error('failed'), extra);
  } catch (error) {
    job.strapi.log.error(`audit: could not record the failed job "${job.jobName}": ${(error as Error).message}`);
  }
}

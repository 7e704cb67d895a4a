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
 * @example
 *   await runAuditedJob(strapi, 'bank-import', async (counts) => {
 *     for (const row of rows) await strapi.documents('api::payment.payment').create({ data: row });
 *     counts.duplicates = skipped;
 *   });
 */
export async function runAuditedJob<T>(
  strapi: Core.Strapi,
  jobName: string,
  fn: (counts: JobCounts) => Promise<T>,
  options: AuditedJobOptions = {},
): Promise<T> {
  const counts = createJobCounts();
  const started = Date.now();
  let result: T | undefined;
  let failure: unknown;
  try {
    result = await runInAuditJob({ jobName, counts }, () => fn(counts));
  } catch (error) {
    failure = error;
  }

  if (!(options.skipWhenEmpty && !failure && isEmptyJob(counts))) {
    const summary: Record<string, unknown> = { ...serializeCounts(counts), durationMs: Date.now() - started };
    if (failure) summary.error = failure instanceof Error ? failure.message : String(failure);
    try {
      await writeAuditEntry(strapi, {
        actor: currentActor(strapi),
        action: 'bulk-job',
        jobName,
        counts: summary,
        targetUid: options.target?.uid ?? null,
        targetDocumentId: options.target?.documentId ?? null,
        targetLabel: options.target?.label ?? null,
      });
    } catch (error) {
      if (!failure) throw error;
      strapi.log.error(`audit: could not record the failed job "${jobName}": ${(error as Error).message}`);
    }
  }
  if (failure) throw failure;
  return result as T;
}

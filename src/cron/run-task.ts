import type { Core } from '@strapi/strapi';
import { JobCounts, serializeCounts } from '../domain/audit';
import { CronRunRecord, errorMessage } from '../domain/cron';
import { runAuditedJob } from '../audit/jobs';
import { CronTask, taskTimeZone } from './define-task';
import { runExclusively } from './exclusive-run';
import { saveRunRecord } from './run-records';

/**
 * One scheduled run of a task, as the scheduler calls it: exclusively (see exclusive-run.ts), as the
 * audited job `cron:<name>` (skipped in the log when it changed nothing), with its outcome kept in the
 * core store. Never throws: a failure is logged and recorded as "failed" with its message, because an
 * error thrown into Strapi's scheduler would only be logged there, without the record.
 */
export async function runCronTask(strapi: Core.Strapi, task: CronTask, options: { now?: Date } = {}): Promise<CronRunRecord> {
  const startedAt = new Date();
  try {
    const attempt = await runExclusively(strapi, task.name, () => runAndRecord(strapi, task, options.now ?? startedAt, startedAt));
    if (attempt.ran) return attempt.value;
    strapi.log.info(`cron ${task.name}: skipped, ${attempt.reason}`);
    const skipped: CronRunRecord = { task: task.name, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), outcome: 'skipped', error: attempt.reason, counts: null };
    await save(strapi, skipped);
    return skipped;
  } catch (error) {
    // Only the lock or the database itself can fail here; the body's errors are caught below.
    strapi.log.error(`cron ${task.name}: could not run: ${errorMessage(error)}`);
    return { task: task.name, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), outcome: 'failed', error: errorMessage(error), counts: null };
  }
}

async function runAndRecord(strapi: Core.Strapi, task: CronTask, now: Date, startedAt: Date): Promise<CronRunRecord> {
  let counts: JobCounts | null = null;
  let failure: unknown;
  try {
    await runAuditedJob(
      strapi,
      `cron:${task.name}`,
      (jobCounts) => {
        counts = jobCounts;
        return task.run(strapi, { now, timeZone: taskTimeZone(strapi, task), counts: jobCounts });
      },
      { skipWhenEmpty: true, transaction: task.transaction ?? false },
    );
  } catch (error) {
    failure = error ?? new Error('failed');
  }
  const record: CronRunRecord = {
    task: task.name,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    outcome: failure ? 'failed' : 'ok',
    error: failure ? errorMessage(failure) : null,
    counts: counts ? serializeCounts(counts) : null,
  };
  if (failure) strapi.log.error(`cron ${task.name}: failed: ${record.error}`);
  await save(strapi, record); // still under the lock: the next run waits for it
  return record;
}

async function save(strapi: Core.Strapi, record: CronRunRecord): Promise<void> {
  try {
    await saveRunRecord(strapi, record);
  } catch (error) {
    strapi.log.error(`cron ${record.task}: could not record the run: ${errorMessage(error)}`);
  }
}

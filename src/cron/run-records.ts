import type { Core } from '@strapi/strapi';
import type { CronRunRecord } from '../domain/cron';
import { CronTask, taskTimeZone } from './define-task';
import { CRON_TASKS } from './tasks';

/**
 * Run records in Strapi's core store, one key per task and kind (plugin_vitrylo_cron-run:<name> and
 * plugin_vitrylo_cron-skip:<name>): a run record is written only by the run holding the task's lock, so
 * two writers never race on one key, and a skipped attempt on another instance cannot hide the run.
 */
const STORE = { type: 'plugin', name: 'vitrylo' } as const;

const runKey = (task: string) => `cron-run:${task}`;
const skipKey = (task: string) => `cron-skip:${task}`;

export async function saveRunRecord(strapi: Core.Strapi, record: CronRunRecord): Promise<void> {
  const key = record.outcome === 'skipped' ? skipKey(record.task) : runKey(record.task);
  await strapi.store(STORE).set({ key, value: record });
}

export interface CronTaskStatus {
  name: string;
  description: string | null;
  rule: string;
  tz: string;
  /** The last run that ran (ok or failed), or null if it never ran. */
  lastRun: CronRunRecord | null;
  /** The last attempt skipped because another run held the task. */
  lastSkipped: CronRunRecord | null;
}

/** What the admin page shows: every task with its schedule and its last run. */
export async function lastCronRuns(strapi: Core.Strapi, tasks: readonly CronTask[] = CRON_TASKS): Promise<CronTaskStatus[]> {
  const store = strapi.store(STORE);
  return Promise.all(
    tasks.map(async (task) => ({
      name: task.name,
      description: task.description ?? null,
      rule: task.rule,
      tz: taskTimeZone(strapi, task),
      lastRun: ((await store.get({ key: runKey(task.name) })) as CronRunRecord | null) ?? null,
      lastSkipped: ((await store.get({ key: skipKey(task.name) })) as CronRunRecord | null) ?? null,
    })),
  );
}

/**
 * The cron kit: scheduled tasks of Vitrylo.
 *
 * A task is defined once with defineTask and listed in src/cron/tasks/index.ts; config/cron-tasks.ts turns
 * the list into Strapi's cron configuration. Each scheduled run goes through runCronTask (run-task.ts),
 * which makes sure one run at a time happens across every instance (a PostgreSQL advisory lock; on SQLite,
 * which is one process, an in-process guard), runs the body as one audited job (one `bulk-job` entry
 * named `cron:<name>`, none when it changed nothing), keeps the outcome for the admin page
 * (lastCronRuns) and never lets an error escape into Strapi's scheduler.
 *
 * Tasks are idempotent by design, and must stay so: a run may be skipped (another instance holds the
 * lock, the server was down at the time), repeated (a restart, a manual run) or stopped halfway (a crash,
 * a failed row), and the next run has to put things right. So a task works out what is to be done from
 * the data as it is now ("invoices due before today that are not yet overdue"), never from what the
 * previous run did or from how much time has passed since it, and doing it twice changes nothing.
 */
import type { Core } from '@strapi/strapi';
import { createJobCounts, JobCounts } from '../domain/audit';
import { checkTaskName } from '../domain/cron';
import { businessTime } from '../time/business-time';

export interface CronTaskContext {
  /** The moment the run started: a task derives "today" from it, in `timeZone`. */
  now: Date;
  /** The task's zone: its own `tz`, else the business time zone. */
  timeZone: string;
  /** The audited job's counts: Document Service writes are counted on their own; add the task's keys. */
  counts: JobCounts;
}

export interface CronTaskDefinition {
  /** Kebab-case and stable: it names the audit job, the run record and the advisory lock. */
  name: string;
  /** Cron expression as Strapi 5.54's scheduler (croner) reads it: '5 0 * * *' is 00:05 every day. */
  rule: string;
  /** IANA zone the rule is read in; default the business time zone (VITRYLO_TIME_ZONE). */
  tz?: string;
  /**
   * Run the body and its audit entry in one transaction (runAuditedJob's `transaction`): all or nothing.
   * Off by default: on SQLite a transaction holds the only connection for the whole run.
   */
  transaction?: boolean;
  /** What is said of the task on the admin page. */
  description?: string;
  run(strapi: Core.Strapi, context: CronTaskContext): Promise<void>;
}

export interface CronTask extends Readonly<Omit<CronTaskDefinition, 'run'>> {
  /** The task body; called alone (in tests) it gets a context for now in the task's zone. */
  run(strapi: Core.Strapi, context?: Partial<CronTaskContext>): Promise<void>;
}

export function defineTask(definition: CronTaskDefinition): CronTask {
  const name = checkTaskName(definition.name);
  if (!name.ok) throw new Error(`cron task "${definition.name}": the name ${name.reason}`);
  if (typeof definition.rule !== 'string' || definition.rule.trim() === '') throw new Error(`cron task "${definition.name}": a rule is required`);
  if (typeof definition.run !== 'function') throw new Error(`cron task "${definition.name}": run must be a function`);
  return Object.freeze({
    ...definition,
    run: (strapi: Core.Strapi, context: Partial<CronTaskContext> = {}) =>
      definition.run(strapi, {
        now: context.now ?? new Date(),
        timeZone: context.timeZone ?? taskTimeZone(strapi, definition),
        counts: context.counts ?? createJobCounts(),
      }),
  });
}

/** The zone a task's rule and its "today" are read in. */
export function taskTimeZone(strapi: Core.Strapi, task: Pick<CronTaskDefinition, 'tz'>): string {
  return task.tz ?? businessTime(strapi).timeZone;
}

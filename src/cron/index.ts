/** The cron kit (see define-task.ts): define a task, list it in tasks/index.ts, and it is scheduled. */
export { defineTask, taskTimeZone } from './define-task';
export type { CronTask, CronTaskDefinition, CronTaskContext } from './define-task';
export { runCronTask } from './run-task';
export { lastCronRuns } from './run-records';
export type { CronTaskStatus } from './run-records';
export { strapiCronTasks } from './strapi-config';
export type { StrapiCronTasks } from './strapi-config';
export { CRON_TASKS, markOverdueInvoices, nextContactReminders, escalateOverdueRequests, reportSubscriptions } from './tasks';
export type { CronRunRecord, CronRunOutcome } from '../domain/cron';

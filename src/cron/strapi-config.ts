import type { Core } from '@strapi/strapi';
import type { CronTask } from './define-task';
import { runCronTask } from './run-task';

/** Strapi's cron object format: `{ [name]: { task: async ({ strapi }) => …, options: { rule, tz } } }`. */
export type StrapiCronTasks = Record<string, { task: (args: { strapi: Core.Strapi }) => Promise<void>; options: { rule: string; tz: string } }>;

/** Builds Strapi's cron configuration from defined tasks; a task without `tz` runs in `timeZone`. */
export function strapiCronTasks(tasks: readonly CronTask[], { timeZone }: { timeZone: string }): StrapiCronTasks {
  const config: StrapiCronTasks = {};
  for (const task of tasks) {
    if (config[task.name]) throw new Error(`cron task "${task.name}" is defined twice`);
    config[task.name] = {
      task: async ({ strapi }) => {
        await runCronTask(strapi, task);
      },
      options: { rule: task.rule, tz: task.tz ?? timeZone },
    };
  }
  return config;
}

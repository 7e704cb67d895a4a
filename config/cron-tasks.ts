import businessTime from './business-time';
import { CRON_TASKS, strapiCronTasks } from '../src/cron';

/**
 * Scheduled jobs in Strapi's object format, built from the kit's task list (src/cron/tasks): each runs
 * through the kit's wrapper (one run across instances, audited, recorded) and stays idempotent. Rules are
 * read in the business time zone unless a task names its own. Called by config/server.ts.
 */
export default ({ env }) => strapiCronTasks(CRON_TASKS, { timeZone: businessTime({ env }).timeZone });

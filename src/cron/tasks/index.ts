import type { CronTask } from '../define-task';
import { markOverdueInvoices } from './mark-overdue-invoices';

/** Every scheduled task of Vitrylo; config/cron-tasks.ts schedules them, the admin page lists them. */
export const CRON_TASKS: readonly CronTask[] = [markOverdueInvoices];

export { markOverdueInvoices };

import type { CronTask } from '../define-task';
import { escalateOverdueRequests } from './escalate-overdue-requests';
import { markOverdueInvoices } from './mark-overdue-invoices';
import { nextContactReminders } from './next-contact-reminders';
import { reportSubscriptions } from './report-subscriptions';

/** Every scheduled task of Vitrylo; config/cron-tasks.ts schedules them, the admin page lists them. */
export const CRON_TASKS: readonly CronTask[] = [markOverdueInvoices, nextContactReminders, escalateOverdueRequests, reportSubscriptions];

export { markOverdueInvoices, nextContactReminders, escalateOverdueRequests, reportSubscriptions };

import type { Core } from '@strapi/strapi';
import { errorMessage } from '../../domain/cron';
import { isRunDue } from '../../domain/reports/subscriptions';
import { notificationMailEnabled } from '../../mail/notification-mail';
import { REPORT_SUBSCRIPTION, sendSubscriptionMail, SubscriptionRecord, subscriptionMail } from '../../reports/report-subscriptions';
import { defineTask } from '../define-task';

const PAGE = 200;
/** lastError is a text field; a message longer than this is cut. */
const ERROR_LENGTH = 2000;

let saidNoSmtp = false;

/**
 * Every 5 minutes: each active report subscription whose schedule has a moment after its last run (never
 * run: after it was saved) and not after now is formed with its owner's rights and mailed as .xlsx; then its
 * lastRunAt is this run's moment and lastError is cleared. A subscription that fails gets lastError (and
 * lastRunAt, so it is tried again at its next scheduled moment, not every 5 minutes) without stopping the
 * others. Idempotent through lastRunAt: a second run at the same moment finds nothing due. Without SMTP it
 * does nothing and says so once per process. Not in a transaction: forming reports takes time, and mail
 * sent cannot be taken back anyway.
 */
export const reportSubscriptions = defineTask({
  name: 'report-subscriptions',
  rule: '*/5 * * * *',
  description: 'Звіти за підписками надсилаються поштою (.xlsx) за їхнім розкладом, якщо налаштовано SMTP.',
  async run(strapi, { now, timeZone, counts }) {
    if (!notificationMailEnabled(strapi)) {
      if (!saidNoSmtp) strapi.log.info('cron report-subscriptions: SMTP is not configured (SMTP_HOST), so no reports are mailed');
      saidNoSmtp = true;
      return;
    }
    const failures: string[] = [];
    let mailed = 0;
    let afterId = 0;
    for (;;) {
      const page: SubscriptionRecord[] = await strapi.db.query(REPORT_SUBSCRIPTION as any).findMany({
        select: ['id', 'documentId', 'name', 'reportKey', 'parameters', 'schedule', 'recipients', 'active', 'lastRunAt', 'createdAt', 'updatedAt'],
        where: { id: { $gt: afterId }, active: { $ne: false } },
        populate: { owner: { select: ['id', 'documentId'] } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      for (const subscription of page) {
        if (!isRunDue({ schedule: subscription.schedule, timeZone, lastRunAt: subscription.lastRunAt, since: subscription.updatedAt ?? subscription.createdAt, now })) continue;
        let error: string | null = null;
        try {
          await sendSubscriptionMail(strapi, await subscriptionMail(strapi, subscription, now, timeZone));
          mailed += 1;
        } catch (failure) {
          error = errorMessage(failure).slice(0, ERROR_LENGTH);
          failures.push(`«${subscription.name}»: ${error}`);
        }
        await record(strapi, subscription, now, error);
      }
    }
    counts.mailed = mailed;
    if (failures.length > 0) {
      counts.failed = failures.length;
      throw new Error(`${failures.length} subscription(s) failed: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`);
    }
  },
});

/**
 * The run's moment and outcome on the subscription, through the Document Service: the job's audit entry
 * counts the subscriptions it ran (an empty run leaves none), and the subscription's history shows them.
 */
async function record(strapi: Core.Strapi, subscription: SubscriptionRecord, now: Date, error: string | null): Promise<void> {
  await strapi.documents(REPORT_SUBSCRIPTION as any).update({ documentId: subscription.documentId, data: { lastRunAt: now.toISOString(), lastError: error } as any });
}

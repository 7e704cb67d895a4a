import { dailyReminders, DEFAULT_REMINDER_TIME, PlannedContactRow, reminderCronRule } from '../../domain/chronicle';
import { errorMessage } from '../../domain/cron';
import { dateSpanToInstants, localDateOf } from '../../domain/time';
import { notify } from '../../inbox/notify';
import { docIdOf } from '../../inbox/refs';
import { EMPLOYEE, INTERACTION, NOTIFICATION } from '../../inbox/uids';
import { defineTask } from '../define-task';

const PAGE = 1000;

/** The planned contacts of the chronicle, due for a reminder. */
export const PLANNED_CONTACTS_LINK = `/admin/content-manager/collection-types/${INTERACTION}?filters[$and][0][state][$eq]=planned&sort=occurredAt:ASC`;

/**
 * The reminder time (VITRYLO_REMINDER_TIME, HH:MM on the business zone's clock, 08:00 by default) as the
 * task's rule. Read when the task list is loaded, that is when Strapi loads its configuration (after .env);
 * a wrong value stops the start naming the variable.
 */
export function reminderRule(text: string | undefined = process.env.VITRYLO_REMINDER_TIME): string {
  const rule = reminderCronRule(text === undefined || text === '' ? DEFAULT_REMINDER_TIME : text);
  if (!rule.ok) throw new Error(`VITRYLO_REMINDER_TIME: ${rule.reason}`);
  return rule.value;
}

/**
 * Every morning (08:00 in the business zone by default): each active employee with contacts planned for
 * today, or planned earlier and not done, gets one notification listing them (domain/chronicle/reminders.ts).
 * Its dedupe key names the employee and the day and is unique in the database, so a second run that day, or
 * a second process at the same moment, adds nothing.
 */
export const nextContactReminders = defineTask({
  name: 'next-contact-reminders',
  rule: reminderRule(),
  description: 'Кожен співробітник отримує одне повідомлення зі списком запланованих на сьогодні та прострочених контактів.',
  async run(strapi, { now, timeZone, counts }) {
    const { end } = dateSpanToInstants({ from: localDateOf(now, timeZone), to: localDateOf(now, timeZone) }, timeZone);
    const inactive = new Set(
      ((await strapi.db.query(EMPLOYEE as any).findMany({ where: { active: false }, select: ['documentId'] })) as any[]).map((e) => e.documentId),
    );
    const rows: PlannedContactRow[] = [];
    let afterId = 0;
    for (;;) {
      const page: any[] = await strapi.db.query(INTERACTION as any).findMany({
        select: ['id', 'documentId', 'state', 'occurredAt', 'subject'],
        where: { id: { $gt: afterId }, state: 'planned', occurredAt: { $lt: end.toISOString() } },
        populate: { employee: { select: ['documentId'] }, counterparty: { select: ['name'] }, contactPerson: { select: ['fullName'] } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      for (const row of page) {
        const employeeId = docIdOf(row.employee);
        if (!employeeId || inactive.has(employeeId)) continue;
        rows.push({
          id: row.documentId,
          state: row.state,
          employeeId,
          occurredAt: row.occurredAt,
          subject: row.subject,
          counterpartyName: row.counterparty?.name ?? null,
          contactPersonName: row.contactPerson?.fullName ?? null,
        });
      }
    }

    const reminders = dailyReminders(rows, now, timeZone, { link: PLANNED_CONTACTS_LINK });
    const keys = reminders.map((r) => r.dedupeKey);
    const sent = new Set<string>(
      keys.length === 0
        ? []
        : ((await strapi.db.query(NOTIFICATION as any).findMany({ where: { dedupeKey: { $in: keys } }, select: ['dedupeKey'] })) as any[]).map((n) => n.dedupeKey),
    );
    let reminded = 0;
    let already = sent.size;
    const failures: string[] = [];
    for (const reminder of reminders) {
      if (sent.has(reminder.dedupeKey)) continue;
      try {
        const made = await notify(strapi, {
          recipientId: reminder.recipientId,
          kind: reminder.kind,
          title: reminder.title,
          body: reminder.body,
          link: reminder.link,
          dedupeKey: reminder.dedupeKey,
        });
        if (made.created) reminded += 1;
        else already += 1;
      } catch (error) {
        failures.push(`${reminder.recipientId}: ${errorMessage(error)}`);
      }
    }
    counts.reminded = reminded;
    if (already > 0) counts.alreadyReminded = already;
    if (failures.length > 0) {
      counts.failed = failures.length;
      throw new Error(`${failures.length} reminder(s) could not be made: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`);
    }
  },
});

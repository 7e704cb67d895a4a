import { errorMessage } from '../../domain/cron';
import { CLOSED_REQUEST_STATES, decideEscalation, EscalationRequest, escalationNotification } from '../../domain/inbox';
import { makeOrg } from '../../domain/routing';
import { notify } from '../../inbox/notify';
import { loadDepartments, loadEmployees } from '../../inbox/org';
import { docIdOf } from '../../inbox/refs';
import { editLink, INBOUND_REQUEST, NOTIFICATION } from '../../inbox/uids';
import { defineTask } from '../define-task';

const PAGE = 200;

/** Thrown inside an escalation's transaction when its notification exists already: another run made it. */
class AlreadyEscalated extends Error {}

/**
 * Every 5 minutes: open requests whose due time has come are marked overdue and their department's head is
 * told, once (domain/inbox/escalation.ts). Once is the request's own `escalatedAt` (only requests without it
 * are read) and the notification's unique dedupe key: the mark and the notification are written in one
 * transaction, and when another process made the notification first, this run's mark is rolled back.
 */
export const escalateOverdueRequests = defineTask({
  name: 'escalate-overdue-requests',
  rule: '*/5 * * * *',
  description: 'Звернення, не виконані вчасно, позначаються простроченими, а керівник підрозділу отримує повідомлення — один раз.',
  async run(strapi, { now, timeZone, counts }) {
    const org = makeOrg(await loadEmployees(strapi), await loadDepartments(strapi));
    const failures: string[] = [];
    let escalated = 0;
    let already = 0;
    let afterId = 0;
    for (;;) {
      const page: any[] = await strapi.db.query(INBOUND_REQUEST as any).findMany({
        select: ['id', 'documentId', 'state', 'dueAt', 'escalatedAt', 'subject'],
        where: { id: { $gt: afterId }, state: { $notIn: [...CLOSED_REQUEST_STATES] }, dueAt: { $lte: now.toISOString() }, escalatedAt: { $null: true } },
        populate: { assignee: { select: ['documentId', 'fullName'] }, targetDepartment: { select: ['documentId'] } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      for (const row of page) {
        const request: EscalationRequest = {
          id: row.documentId,
          state: row.state,
          dueAt: row.dueAt,
          escalatedAt: row.escalatedAt,
          assigneeId: docIdOf(row.assignee),
          targetDepartmentId: docIdOf(row.targetDepartment),
          subject: row.subject,
        };
        const decision = decideEscalation(request, now, org);
        if (decision.action !== 'escalate') continue;
        if (await strapi.db.query(NOTIFICATION as any).findOne({ where: { dedupeKey: decision.dedupeKey }, select: ['id'] })) {
          already += 1;
          continue;
        }
        try {
          await strapi.db.transaction(async () => {
            await strapi.documents(INBOUND_REQUEST as any).update({ documentId: row.documentId, data: decision.changes as any, fields: ['documentId'] as any });
            if (!decision.toId) return;
            const text = escalationNotification(request, { assignee: row.assignee?.fullName ?? null }, timeZone);
            const made = await notify(strapi, { recipientId: decision.toId, ...text, link: editLink(INBOUND_REQUEST, row.documentId), dedupeKey: decision.dedupeKey });
            if (!made.created) throw new AlreadyEscalated();
          });
          escalated += 1;
        } catch (error) {
          if (error instanceof AlreadyEscalated) already += 1;
          else failures.push(`${row.documentId}: ${errorMessage(error)}`);
        }
      }
    }
    counts.escalated = escalated;
    if (already > 0) counts.alreadyEscalated = already;
    if (failures.length > 0) {
      counts.failed = failures.length;
      throw new Error(`${failures.length} request(s) could not be escalated: ${failures.slice(0, 5).join('; ')}${failures.length > 5 ? '; …' : ''}`);
    }
  },
});

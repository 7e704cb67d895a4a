import type { Core } from '@strapi/strapi';
import { trustedWrite } from '../access/trusted-write';
import { assignmentNotification, dueAtFor, inboundInteractionData } from '../domain/inbox';
import { routeRequest } from '../domain/routing';
import { businessTime } from '../time/business-time';
import { findCaller } from './match-caller';
import { notify } from './notify';
import { docIdOf, linkedRow } from './refs';
import { loadRoutingContext } from './routing-context';
import { inboxSettings } from './settings';
import { CONTACT_PERSON, COUNTERPARTY, DEPARTMENT, EMPLOYEE, editLink, INBOUND_REQUEST, INTERACTION } from './uids';

/** What a new request's reason says when the person registering it chose the assignee themselves. */
export const MANUAL_ASSIGNMENT_REASON = 'призначено при реєстрації';

type Data = Record<string, any>;

export interface IntakeOutcome {
  /** the employee (documentId) to tell about the new request, if any */
  notifyId: string | null;
  reason: string | null;
}

const ref = async (strapi: Core.Strapi, uid: string, data: Data, field: string) => (field in data ? linkedRow(strapi, uid, data[field]) : null);

/**
 * Everything a new, open inbound request gets before it is written, whatever its channel (issue 10),
 * filled into `data` (what the registrar gave is kept: a chosen counterparty, assignee, due time or
 * chronicle entry stays):
 * 1. the caller matched to a counterparty and contact person by phone, e-mail or ЄДРПОУ / РНОКПП;
 * 2. routed by the rules, the client's manager, the department's duty person by schedule and load, else
 *    the head and a flag: assignee, department, rule, reason and flag recorded; state `assigned`;
 * 3. `dueAt` from the service level of its urgency;
 * 4. its inbound entry in the client's chronicle, linked to it.
 * Runs inside the create's transaction (inbound-request-intake.ts), so all of it is written or none.
 */
export async function prepareIntake(strapi: Core.Strapi, data: Data, now: Date): Promise<IntakeOutcome> {
  const time = businessTime(strapi);

  // 1. Who is calling.
  let counterparty = await ref(strapi, COUNTERPARTY, data, 'counterparty');
  let contactPerson = await ref(strapi, CONTACT_PERSON, data, 'contactPerson');
  if (!counterparty) {
    const match = await findCaller(strapi, data);
    if (match.counterpartyId) {
      data.counterparty = match.counterpartyId;
      counterparty = await linkedRow(strapi, COUNTERPARTY, match.counterpartyId);
    }
    if (!contactPerson && match.contactPersonId) {
      data.contactPerson = match.contactPersonId;
      contactPerson = await linkedRow(strapi, CONTACT_PERSON, match.contactPersonId);
    }
  }
  const client: any = counterparty
    ? await strapi.db.query(COUNTERPARTY as any).findOne({
        where: { id: counterparty.id },
        select: ['kind'],
        populate: { manager: { select: ['documentId'] }, department: { select: ['documentId'] } },
      })
    : null;

  // 2. Whose it is.
  const businessLine = await ref(strapi, 'api::business-line.business-line', data, 'businessLine');
  const assignee = await ref(strapi, EMPLOYEE, data, 'assignee');
  const department = await ref(strapi, DEPARTMENT, data, 'targetDepartment');
  let reason: string | null;
  if (assignee) {
    reason = typeof data.routingReason === 'string' && data.routingReason.trim() ? data.routingReason : MANUAL_ASSIGNMENT_REASON;
    if (!department) {
      const employee: any = await strapi.db.query(EMPLOYEE as any).findOne({ where: { id: assignee.id }, populate: { department: { select: ['documentId'] } } });
      if (employee?.department) data.targetDepartment = employee.department.documentId;
    }
    data.routingReason = reason;
  } else {
    const decision = routeRequest(
      {
        channel: data.channel,
        businessLineId: businessLine?.documentId ?? null,
        counterpartyKind: client?.kind ?? null,
        subject: data.subject ?? null,
        message: data.message ?? null,
        managerId: docIdOf(client?.manager),
        departmentId: docIdOf(client?.department) ?? department?.documentId ?? null,
      },
      await loadRoutingContext(strapi, now),
    );
    reason = decision.reason;
    data.assignee = decision.assigneeId;
    if (decision.targetDepartmentId) data.targetDepartment = decision.targetDepartmentId;
    data.routingRule = decision.ruleId;
    data.routingReason = decision.reason;
    data.flagged = decision.flagged;
  }
  const assigneeId: string | null = assignee?.documentId ?? (typeof data.assignee === 'string' ? data.assignee : null);
  if (assigneeId && (!data.state || data.state === 'new')) data.state = 'assigned';

  // 3. When it is due.
  const receivedAt = new Date(data.receivedAt);
  if (!data.dueAt && !Number.isNaN(receivedAt.getTime())) data.dueAt = dueAtFor(receivedAt, data.urgency, inboxSettings(strapi).sla, time).toISOString();

  // 4. The chronicle.
  if (!data.interaction && !Number.isNaN(receivedAt.getTime())) {
    const registeredBy = await ref(strapi, EMPLOYEE, data, 'registeredBy');
    const entry = inboundInteractionData({
      ...data,
      receivedAt,
      counterpartyId: counterparty?.documentId ?? null,
      contactPersonId: contactPerson?.documentId ?? null,
      businessLineId: businessLine?.documentId ?? null,
      assigneeId,
      registeredById: registeredBy?.documentId ?? null,
    });
    const interaction: any = await trustedWrite(() =>
      strapi.documents(INTERACTION as any).create({
        data: {
          kind: entry.kind,
          direction: entry.direction,
          state: entry.state,
          occurredAt: entry.occurredAt,
          subject: entry.subject,
          content: entry.content,
          employee: entry.employeeId,
          counterparty: entry.counterpartyId,
          contactPerson: entry.contactPersonId,
          businessLine: entry.businessLineId,
        } as any,
        fields: ['documentId'] as any,
      }),
    );
    data.interaction = interaction.documentId;
  }

  return { notifyId: assigneeId && !data.readAt ? assigneeId : null, reason };
}

/** The assignee's notification, once the request is written (its documentId is in the link). */
export async function notifyAssignee(strapi: Core.Strapi, request: { documentId: string }, data: Data, outcome: IntakeOutcome): Promise<void> {
  if (!outcome.notifyId) return;
  const text = assignmentNotification(
    { ...data, receivedAt: data.receivedAt, dueAt: data.dueAt ?? null },
    outcome.reason,
    businessTime(strapi).timeZone,
  );
  await notify(strapi, { recipientId: outcome.notifyId, ...text, link: editLink(INBOUND_REQUEST, request.documentId) });
}

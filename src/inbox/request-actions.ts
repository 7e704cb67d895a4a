import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requestGeneration } from '../access/access-generation';
import { trustedWrite } from '../access/trusted-write';
import { CM_ACTION } from '../access/uids';
import { andFilters, toWhere, Visibility } from '../access/visibility';
import { prospectFromRequest } from '../domain/caller-id';
import type { FieldIssue } from '../domain/errors';
import {
  doneChanges,
  forwardNotification,
  inboundInteractionData,
  markReadChanges,
  mayActOnRequest,
  RequestAction,
  RequestActor,
  takeChanges,
} from '../domain/inbox';
import { issue, messageText } from '../domain/messages';
import { availabilityInstant, departmentForwardTarget, departmentHead, forwardRequest, makeOrg, readForwardHistory } from '../domain/routing';
import { requestLocale, toValidationError } from '../document-middlewares/validation-error';
import { GenerationCache } from '../domain/security/generation-cache';
import { businessTime } from '../time/business-time';
import { notify } from './notify';
import { loadDepartments, loadEmployees } from './org';
import { loadRoutingContext } from './routing-context';
import { docIdOf } from './refs';
import { CONTACT_PERSON, COUNTERPARTY, editLink, EMPLOYEE, INBOUND_REQUEST, INTERACTION } from './uids';

export interface Me {
  id: number;
  documentId: string;
  fullName: string;
}

const employeesOfUsers = new WeakMap<object, GenerationCache<Me | null>>();

/**
 * The employee card of an admin user, or null (a login without one is nobody's assignee). Kept under the
 * access generation the request read: every write to an employee card or an admin user moves it on.
 */
export async function myEmployee(strapi: Core.Strapi, userId: number | string): Promise<Me | null> {
  const generation = requestGeneration(strapi);
  let kept = employeesOfUsers.get(strapi);
  if (!kept) employeesOfUsers.set(strapi, (kept = new GenerationCache(1000)));
  const known = generation === null ? undefined : kept.get(String(userId), generation);
  if (known !== undefined) return known && { ...known };
  const row: any = await strapi.db.query(EMPLOYEE as any).findOne({ where: { adminUser: { id: userId } }, select: ['id', 'documentId', 'fullName'] });
  const me = row ? { id: row.id, documentId: row.documentId, fullName: row.fullName ?? '' } : null;
  if (generation !== null) kept.set(String(userId), generation, me && { ...me });
  return me;
}

export const REQUEST_FIELDS = [
  'id', 'documentId', 'receivedAt', 'channel', 'callerName', 'callerPhone', 'callerEmail', 'organizationName', 'taxpayerCode',
  'subject', 'message', 'urgency', 'state', 'readAt', 'doneAt', 'dueAt', 'overdue', 'escalatedAt', 'flagged', 'routingReason',
  'forwardHistory', 'result',
];
export const REQUEST_RELATIONS = {
  assignee: { select: ['id', 'documentId', 'fullName'], populate: { department: { select: ['documentId'] } } },
  targetDepartment: { select: ['id', 'documentId', 'name'] },
  counterparty: { select: ['id', 'documentId', 'name', 'kind'] },
  contactPerson: { select: ['id', 'documentId', 'fullName'] },
  leadSource: { select: ['id', 'documentId'] },
  businessLine: { select: ['id', 'documentId'] },
  registeredBy: { select: ['id', 'documentId', 'fullName'] },
  interaction: { select: ['id', 'documentId'] },
};

export interface LoadedRequest {
  row: any;
  me: Me | null;
  actor: RequestActor;
}

/**
 * 403 with its reason: a PolicyError, because Strapi's route authorization turns any other ForbiddenError
 * thrown behind it into a bare "Forbidden" (core services/server/compose-endpoint.js).
 */
const forbidden = () => new errors.PolicyError(messageText('request.notYours', {}, requestLocale()));

/**
 * One request as the inbox reads it, with who the caller is to it: 404 when the caller may not see it
 * (another department's request reads exactly like a made-up id).
 */
export async function loadRequest(strapi: Core.Strapi, visibility: Visibility, userId: number | string, documentId: string): Promise<LoadedRequest> {
  const readable = visibility.filter(INBOUND_REQUEST);
  if (readable === null) throw new errors.ForbiddenError();
  const where = toWhere(strapi, INBOUND_REQUEST, andFilters({ documentId }, readable));
  const row: any = await strapi.db.query(INBOUND_REQUEST as any).findOne({ where, select: REQUEST_FIELDS, populate: REQUEST_RELATIONS });
  if (!row) throw new errors.NotFoundError('Not Found');

  const me = await myEmployee(strapi, userId);
  const editable = visibility.filter(INBOUND_REQUEST, CM_ACTION.update);
  const editsAll = editable !== null && Object.keys(editable).length === 0;
  const mayEdit =
    editsAll ||
    (editable !== null && !!(await strapi.db.query(INBOUND_REQUEST as any).findOne({ where: toWhere(strapi, INBOUND_REQUEST, andFilters({ documentId }, editable)), select: ['id'] })));
  const assigneeId = docIdOf(row.assignee);
  let isHead = false;
  if (me) {
    const org = makeOrg(await loadEmployees(strapi), await loadDepartments(strapi));
    isHead = departmentHead(org, docIdOf(row.targetDepartment) ?? docIdOf(row.assignee?.department), assigneeId)?.id === me.documentId;
  }
  return { row, me, actor: { isAssignee: !!me && assigneeId === me.documentId, isHead, editsAll, mayEdit } };
}

export function mayDo(loaded: LoadedRequest, action: RequestAction): boolean {
  return mayActOnRequest(action, { state: loaded.row.state, assigneeId: docIdOf(loaded.row.assignee), readAt: loaded.row.readAt }, loaded.actor);
}

/** 403 when the caller sees the request but the action is not theirs (domain/inbox/actions.ts). */
export async function loadRequestFor(strapi: Core.Strapi, visibility: Visibility, userId: number | string, documentId: string, action: RequestAction): Promise<LoadedRequest> {
  const loaded = await loadRequest(strapi, visibility, userId, documentId);
  if (!mayDo(loaded, action)) throw forbidden();
  return loaded;
}

const fail = (issues: FieldIssue[]) => toValidationError(issues, { uid: INBOUND_REQUEST });

const updateRequest = (strapi: Core.Strapi, documentId: string, data: Record<string, unknown>) =>
  trustedWrite(() => strapi.documents(INBOUND_REQUEST as any).update({ documentId, data: data as any, fields: ['documentId'] as any }));

/** Opening a request marks it read when it is the caller's and unread. */
export async function markRead(strapi: Core.Strapi, loaded: LoadedRequest, now = new Date()): Promise<boolean> {
  const changes = markReadChanges({ state: loaded.row.state, readAt: loaded.row.readAt }, now);
  if (!changes) return false;
  await updateRequest(strapi, loaded.row.documentId, changes);
  return true;
}

export async function take(strapi: Core.Strapi, loaded: LoadedRequest, now = new Date()): Promise<void> {
  const result = takeChanges({ state: loaded.row.state, readAt: loaded.row.readAt, assigneeId: docIdOf(loaded.row.assignee) }, now, loaded.me?.documentId ?? '');
  if (!result.ok) throw fail(result.issues);
  const { assigneeId, ...changes } = result.value;
  if (assigneeId !== undefined && !loaded.me) throw forbidden();
  await updateRequest(strapi, loaded.row.documentId, { ...changes, ...(assigneeId ? { assignee: assigneeId } : {}) });
}

/** Done with a result: the request closes and the result is written into its chronicle entry (made now if it had none). */
export async function complete(strapi: Core.Strapi, loaded: LoadedRequest, input: { result: unknown }, now = new Date()): Promise<void> {
  const { row } = loaded;
  const result = doneChanges({ state: row.state, readAt: row.readAt }, input, now);
  if (!result.ok) throw fail(result.issues);
  await strapi.db.transaction(async () => {
    let interactionId = docIdOf(row.interaction);
    if (interactionId) {
      await trustedWrite(() => strapi.documents(INTERACTION as any).update({ documentId: interactionId!, data: { result: result.value.result } as any, fields: ['documentId'] as any }));
    } else {
      const entry = inboundInteractionData({
        ...row,
        counterpartyId: docIdOf(row.counterparty),
        contactPersonId: docIdOf(row.contactPerson),
        businessLineId: docIdOf(row.businessLine),
        assigneeId: docIdOf(row.assignee) ?? loaded.me?.documentId ?? null,
        registeredById: docIdOf(row.registeredBy),
      });
      const created: any = await trustedWrite(() =>
        strapi.documents(INTERACTION as any).create({
          data: {
            kind: entry.kind, direction: entry.direction, state: entry.state, occurredAt: entry.occurredAt, subject: entry.subject, content: entry.content,
            result: result.value.result, employee: entry.employeeId, counterparty: entry.counterpartyId, contactPerson: entry.contactPersonId, businessLine: entry.businessLineId,
          } as any,
          fields: ['documentId'] as any,
        }),
      );
      interactionId = created.documentId;
    }
    await updateRequest(strapi, row.documentId, { ...result.value, ...(docIdOf(row.interaction) ? {} : { interaction: interactionId }) });
  });
}

/** Forwarding to another employee with a reason: the history grows by one, the new assignee is told. */
export async function forward(strapi: Core.Strapi, loaded: LoadedRequest, input: { to?: unknown; department?: unknown; reason: unknown }, now = new Date()): Promise<{ documentId: string; fullName: string }> {
  const { row, me } = loaded;
  const employees = await loadEmployees(strapi);
  const byDepartment = typeof input.department === 'string' ? await departmentTarget(strapi, employees, input.department, docIdOf(row.assignee), now) : null;
  const to = byDepartment ? byDepartment.employee.id : input.to;
  const target = typeof to === 'string' ? employees.find((e) => e.id === to) ?? null : null;
  if (typeof to === 'string' && to.trim() && !target) throw fail([issue('to', 'employee.unknown')]);
  const reason = byDepartment && typeof input.reason === 'string' && input.reason.trim() ? `${input.reason.trim()} (${byDepartment.note})` : input.reason;
  const result = forwardRequest({ state: row.state, assigneeId: docIdOf(row.assignee), forwardHistory: row.forwardHistory }, { to, reason, at: now, by: me?.documentId ?? null }, target);
  if (!result.ok) throw fail(result.issues.map((i) => (i.field === 'assignee' ? { ...i, field: 'to' } : i)));
  const { assigneeId, targetDepartmentId, ...changes } = result.value;
  await strapi.db.transaction(async () => {
    await updateRequest(strapi, row.documentId, { ...changes, assignee: assigneeId, ...(targetDepartmentId ? { targetDepartment: targetDepartmentId } : {}) });
    const text = forwardNotification({ ...row, receivedAt: row.receivedAt }, { byName: me?.fullName ?? null, reason: result.record.reason }, businessTime(strapi).timeZone);
    await notify(strapi, { recipientId: assigneeId, ...text, link: editLink(INBOUND_REQUEST, row.documentId) });
  });
  return { documentId: assigneeId, fullName: target?.fullName ?? '' };
}

/** "To a department": its duty person now, else its head (domain/routing/forward.ts); 400 naming `department` when there is none. */
async function departmentTarget(strapi: Core.Strapi, employees: Awaited<ReturnType<typeof loadEmployees>>, departmentId: string, except: string | null, now: Date) {
  const departments = await loadDepartments(strapi);
  if (!departments.some((d) => d.id === departmentId)) throw fail([issue('department', 'department.unknown')]);
  const context = await loadRoutingContext(strapi, now);
  const found = departmentForwardTarget(makeOrg(employees, departments), departmentId, context, availabilityInstant(context), except);
  if (!found) throw fail([issue('department', 'department.nobody')]);
  return found;
}

/** "Зробити потенційним клієнтом": the unknown caller becomes a prospect with a contact person, linked to the request and its chronicle entry, in one transaction. */
export async function makeProspect(strapi: Core.Strapi, loaded: LoadedRequest, visibility: Visibility): Promise<{ counterparty: { documentId: string; name: string }; contactPerson: { documentId: string; fullName: string } | null }> {
  if (!visibility.can(COUNTERPARTY, undefined, CM_ACTION.create)) throw new errors.ForbiddenError();
  const { row } = loaded;
  const prospect = prospectFromRequest({
    counterpartyId: docIdOf(row.counterparty),
    callerName: row.callerName,
    callerPhone: row.callerPhone,
    callerEmail: row.callerEmail,
    organizationName: row.organizationName,
    taxpayerCode: row.taxpayerCode,
    message: row.message,
    leadSourceId: docIdOf(row.leadSource),
    assigneeId: docIdOf(row.assignee),
    targetDepartmentId: docIdOf(row.targetDepartment),
  });
  if (!prospect.ok) throw fail(prospect.issues);
  const { counterparty: c, contactPerson: p } = prospect.value;
  return strapi.db.transaction(async () => {
    const counterparty: any = await trustedWrite(() =>
      strapi.documents(COUNTERPARTY as any).create({
        data: {
          kind: c.kind, state: c.state, name: c.name, edrpou: c.edrpou, rnokpp: c.rnokpp, phone: c.phone, email: c.email,
          leadSource: c.leadSourceId, manager: c.managerId, department: c.departmentId,
        } as any,
        fields: ['documentId', 'name'] as any,
      }),
    );
    const contact: any = p
      ? await trustedWrite(() =>
          strapi.documents(CONTACT_PERSON as any).create({
            data: { fullName: p.fullName, phone: p.phone, email: p.email, isPrimary: p.isPrimary, counterparty: counterparty.documentId } as any,
            fields: ['documentId', 'fullName'] as any,
          }),
        )
      : null;
    const links = { counterparty: counterparty.documentId, ...(contact ? { contactPerson: contact.documentId } : {}) };
    await updateRequest(strapi, row.documentId, links);
    const interactionId = docIdOf(row.interaction);
    if (interactionId) await trustedWrite(() => strapi.documents(INTERACTION as any).update({ documentId: interactionId, data: links as any, fields: ['documentId'] as any }));
    return {
      counterparty: { documentId: counterparty.documentId, name: counterparty.name },
      contactPerson: contact ? { documentId: contact.documentId, fullName: contact.fullName } : null,
    };
  });
}

/** The forward history with names, for the request's page. */
export function historyWithNames(stored: unknown, names: Map<string, string>) {
  return readForwardHistory(stored).map((record) => ({
    ...record,
    fromName: record.from ? names.get(record.from) ?? null : null,
    toName: names.get(record.to) ?? null,
    byName: record.by ? names.get(record.by) ?? null : null,
  }));
}

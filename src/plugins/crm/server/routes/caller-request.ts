import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { andFilters, toWhere, Visibility } from '../../../../access/visibility';
import { CM_ACTION, UID } from '../../../../access/uids';
import { toValidationError } from '../../../../document-middlewares/validation-error';
import { validateQuickRequest } from '../../../../domain/caller-id';
import type { FieldIssue } from '../../../../domain/errors';
import { issue } from '../../../../domain/messages';
import { CONTACT_PERSON, COUNTERPARTY, INBOUND_REQUEST } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';

const text = (max: number) => z.string().max(max).nullable().optional();
const documentId = z.string().max(64).nullable().optional();

/** The linked records the form names must exist and be visible to the registrar (the relation guard checks the rest). */
async function linkIssues(strapi: Core.Strapi, visibility: Visibility, links: Array<[string, string, string | null | undefined]>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [field, uid, id] of links) {
    if (!id) continue;
    const visible = visibility.filter(uid);
    const found = visible === null ? null : await strapi.db.query(uid as any).findOne({ where: toWhere(strapi, uid, andFilters({ documentId: id }, visible)), select: ['id'] });
    if (!found) issues.push(issue(field, 'relation.notVisible'));
  }
  return issues;
}

/** What the registrar sees after saving: whom it went to and why, as far as they may read it. */
async function routedRequest(strapi: Core.Strapi, visibility: Visibility, id: string) {
  const visible = visibility.filter(INBOUND_REQUEST);
  const row: any = visible === null
    ? null
    : await strapi.db.query(INBOUND_REQUEST as any).findOne({
        where: toWhere(strapi, INBOUND_REQUEST, andFilters({ documentId: id }, visible)),
        select: ['documentId', 'state', 'receivedAt', 'dueAt', 'routingReason', 'flagged'],
        populate: {
          assignee: { select: ['documentId', 'fullName'] },
          targetDepartment: { select: ['documentId', 'name'] },
          counterparty: { select: ['documentId', 'name'] },
          contactPerson: { select: ['documentId', 'fullName'] },
        },
      });
  if (!row) return { documentId: id, visible: false };
  const name = (relation: string, target: string, field: string) =>
    row[relation] && visibility.can(INBOUND_REQUEST, relation) && visibility.can(target, field) ? { documentId: row[relation].documentId, [field]: row[relation][field] ?? null } : null;
  const own = (field: string) => (visibility.can(INBOUND_REQUEST, field) ? { [field]: row[field] ?? null } : {});
  return {
    documentId: row.documentId,
    visible: true,
    ...own('state'),
    ...own('receivedAt'),
    ...own('dueAt'),
    ...own('routingReason'),
    ...own('flagged'),
    assignee: name('assignee', UID.employee, 'fullName'),
    targetDepartment: name('targetDepartment', UID.department, 'name'),
    counterparty: name('counterparty', COUNTERPARTY, 'name'),
    contactPerson: name('contactPerson', CONTACT_PERSON, 'fullName'),
  };
}

/**
 * POST /crm/caller/requests: the Secretary's quick form "Нове звернення". Received now; created through the
 * Document Service, so every document middleware runs as for a request made in the content manager: the
 * registrar is recorded, the relation guard checks what they link, and the intake matches the caller,
 * routes the request, sets its due time, writes it into the chronicle and notifies the assignee. Answers
 * whom it went to and why. Bad input is a 400 naming the field, in the panel's language.
 */
export default defineRoute({
  method: 'POST',
  path: '/caller/requests',
  action: [CM_ACTION.create, INBOUND_REQUEST],
  body: z
    .object({
      callerName: text(255),
      callerPhone: text(40),
      callerEmail: text(254),
      organizationName: text(255),
      subject: text(255),
      message: text(10000),
      urgency: text(20),
      channel: text(20),
      leadSource: documentId,
      counterparty: documentId,
      contactPerson: documentId,
    })
    .strict(),
  async handler({ strapi, body, visibility, ctx }) {
    const form = validateQuickRequest(body);
    const issues: FieldIssue[] = [...(form.issues ?? [])];
    issues.push(
      ...(await linkIssues(strapi, visibility, [
        ['leadSource', UID.leadSource, body.leadSource],
        ['counterparty', COUNTERPARTY, body.counterparty],
        ['contactPerson', CONTACT_PERSON, body.contactPerson],
      ])),
    );
    if (!form.value || issues.length > 0) throw toValidationError(issues, { uid: INBOUND_REQUEST });
    const data: Record<string, unknown> = { ...form.value, receivedAt: new Date().toISOString() };
    for (const link of ['leadSource', 'counterparty', 'contactPerson'] as const) if (body[link]) data[link] = body[link];
    const created: any = await strapi.documents(INBOUND_REQUEST as any).create({ data: data as any, fields: ['documentId'] as any });
    ctx.status = 201;
    return { data: await routedRequest(strapi, visibility, created.documentId) };
  },
});

import { historyWithNames, loadRequest, markRead, mayDo, REQUEST_FIELDS, REQUEST_RELATIONS } from '../../../../inbox/request-actions';
import { loadEmployees } from '../../../../inbox/org';
import { readableScalars, visibleReferences } from '../../../../access/visible-references';
import { UID } from '../../../../access/uids';
import { isRequestOverdue } from '../../../../domain/inbox';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

const ref = (value: any, label: string) => (value ? { documentId: value.documentId, [label]: value[label] ?? null } : value);
const idOnly = (value: any) => (value ? { documentId: value.documentId } : value);
const SCALARS = REQUEST_FIELDS.filter((field) => !['id', 'documentId', 'forwardHistory'].includes(field));

/**
 * GET /crm/inbox/requests/:documentId: one request as the inbox opens it, with its forward history and what
 * the caller may do with it; opening marks it read when it is the caller's and unread. 404 for a request
 * the caller may not see. Fields the caller may not read are left out; related records they may not see
 * are null.
 */
export default defineRoute({
  method: 'GET',
  path: '/inbox/requests/:documentId',
  action: 'inbox.read',
  async handler({ strapi, ctx, user, visibility }) {
    const loaded = await loadRequest(strapi, visibility, user.id, documentIdParam(ctx));
    const now = new Date();
    const opened = mayDo(loaded, 'read') ? await markRead(strapi, loaded, now) : false;
    const { row } = loaded;
    const names = new Map((await loadEmployees(strapi)).map((e) => [e.id, e.fullName]));
    const fields = readableScalars(visibility, UID.inboundRequest, row, SCALARS);
    const related = await visibleReferences(strapi, visibility, UID.inboundRequest, row, Object.keys(REQUEST_RELATIONS));
    const shown = (field: string, shape: (value: any) => unknown) => (field in related ? { [field]: shape(related[field]) } : {});
    return {
      data: {
        documentId: row.documentId,
        ...fields,
        ...(opened ? { readAt: now.toISOString(), state: ['new', 'assigned'].includes(row.state) ? 'read' : row.state } : {}),
        overdue: Boolean(row.overdue) || isRequestOverdue(row, now),
        ...shown('assignee', (value) => ref(value, 'fullName')),
        ...shown('targetDepartment', (value) => ref(value, 'name')),
        ...shown('registeredBy', (value) => ref(value, 'fullName')),
        ...shown('counterparty', idOnly),
        ...shown('contactPerson', idOnly),
        ...shown('leadSource', idOnly),
        ...shown('businessLine', idOnly),
        ...shown('interaction', idOnly),
        ...(visibility.can(UID.inboundRequest, 'forwardHistory') ? { forwardHistory: historyWithNames(row.forwardHistory, names) } : {}),
      },
      meta: {
        markedRead: opened,
        can: { take: mayDo(loaded, 'take'), done: mayDo(loaded, 'done'), forward: mayDo(loaded, 'forward'), prospect: mayDo(loaded, 'prospect') && !row.counterparty },
      },
    };
  },
});

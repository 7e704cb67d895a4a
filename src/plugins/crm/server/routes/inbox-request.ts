import { historyWithNames, loadRequest, markRead, mayDo } from '../../../../inbox/request-actions';
import { loadEmployees } from '../../../../inbox/org';
import { docIdOf } from '../../../../inbox/refs';
import { isRequestOverdue } from '../../../../domain/inbox';
import { defineRoute } from '../kit/route';
import { documentIdParam } from '../inbox/params';

const ref = (value: any, label: string) => (value ? { documentId: value.documentId, [label]: value[label] ?? null } : null);
const idOnly = (value: any) => (value?.documentId ? { documentId: value.documentId } : null);

/**
 * GET /crm/inbox/requests/:documentId: one request as the inbox opens it, with its forward history and what
 * the caller may do with it; opening marks it read when it is the caller's and unread. 404 for a request
 * the caller may not see.
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
    const { id, forwardHistory, ...fields } = row;
    return {
      data: {
        ...fields,
        ...(opened ? { readAt: now.toISOString(), state: ['new', 'assigned'].includes(row.state) ? 'read' : row.state } : {}),
        overdue: Boolean(row.overdue) || isRequestOverdue(row, now),
        assignee: ref(row.assignee, 'fullName'),
        targetDepartment: ref(row.targetDepartment, 'name'),
        registeredBy: ref(row.registeredBy, 'fullName'),
        counterparty: idOnly(row.counterparty),
        contactPerson: idOnly(row.contactPerson),
        leadSource: idOnly(row.leadSource),
        businessLine: idOnly(row.businessLine),
        interaction: docIdOf(row.interaction) ? { documentId: docIdOf(row.interaction) } : null,
        forwardHistory: historyWithNames(forwardHistory, names),
      },
      meta: {
        markedRead: opened,
        can: { take: mayDo(loaded, 'take'), done: mayDo(loaded, 'done'), forward: mayDo(loaded, 'forward'), prospect: mayDo(loaded, 'prospect') && !row.counterparty },
      },
    };
  },
});

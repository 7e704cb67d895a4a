import { z } from '@strapi/utils';
import { inboxCounts, myNotifications, myRequests } from '../../../../inbox/inbox-view';
import { myEmployee } from '../../../../inbox/request-actions';
import { prepareStatementsOfThisRequest } from '../../../../database/prepared-statements';
import { businessTime } from '../../../../time/business-time';
import { defineRoute } from '../kit/route';

/**
 * GET /crm/inbox: the caller's inbound requests (assigned to them and visible to them; open ones unread
 * first, then newest; each with its overdue and flag marks and why it came to them), their latest
 * notifications and the counter's figures. `state=closed|all` pages through the closed or all requests.
 * Every read is keyed by the caller (their reference columns): prepared statements on PostgreSQL.
 */
export default defineRoute({
  method: 'GET',
  path: '/inbox',
  action: 'inbox.read',
  query: z
    .object({
      state: z.enum(['open', 'closed', 'all']).default('open'),
      page: z.coerce.number().int().min(1).max(400).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(25),
      notifications: z.coerce.number().int().min(0).max(100).default(20),
    })
    .strict(),
  async handler({ strapi, ctx, user, query, visibility }) {
    prepareStatementsOfThisRequest(strapi, ctx);
    const now = new Date();
    const { timeZone } = businessTime(strapi);
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null, timeZone, requests: null, notifications: null, counts: await inboxCounts(strapi, visibility, null, now) } };
    const requests = await myRequests(strapi, visibility, me, { state: query.state, page: query.page, pageSize: query.pageSize, now });
    const notifications = query.notifications > 0 ? await myNotifications(strapi, visibility, me, query.notifications) : [];
    return {
      data: {
        me: { documentId: me.documentId, fullName: me.fullName },
        timeZone,
        requests: requests?.items ?? null,
        notifications,
        counts: await inboxCounts(strapi, visibility, me, now, requests?.figures ?? null),
      },
      meta: { pagination: requests?.pagination ?? null },
    };
  },
});

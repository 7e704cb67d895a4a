import { requestItem, requestsReceivedOn } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { businessNow } from '../home/today';
import { figureOf, readVisible } from '../home/visible-records';

const SHOWN = 8;

/** GET /crm/home/todays-requests: the inbound requests received today (business zone), newest first, with whom each went to. No amounts. */
export default defineRoute({
  method: 'GET',
  path: '/home/todays-requests',
  action: 'home.office',
  async handler({ strapi, visibility }) {
    const { day, timeZone } = businessNow(strapi);
    const query = requestsReceivedOn(day);
    const rows = await readVisible(strapi, visibility, query, {
      fields: ['receivedAt', 'subject', 'state', 'channel', 'urgency', 'callerName', 'organizationName'],
      relations: { counterparty: 'name', assignee: 'fullName' },
      limit: SHOWN,
    });
    return { data: { ...(await figureOf(strapi, visibility, query)), items: (rows ?? []).map((row: any) => requestItem(row, day, timeZone)) } };
  },
});

import { newRequestsFor, requestItem } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { myEmployee } from '../home/my-employee';
import { businessNow } from '../home/today';
import { figureOf, readVisible } from '../home/visible-records';

const SHOWN = 5;

/** GET /crm/home/my-requests: inbound requests assigned to the caller that they have not taken up yet, oldest first. */
export default defineRoute({
  method: 'GET',
  path: '/home/my-requests',
  action: 'home.sales',
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null } };
    const { day, timeZone } = businessNow(strapi);
    const query = newRequestsFor(me);
    const rows = await readVisible(strapi, visibility, query, {
      fields: ['receivedAt', 'subject', 'state', 'channel', 'urgency', 'callerName', 'organizationName'],
      relations: { counterparty: 'name' },
      limit: SHOWN,
    });
    return {
      data: {
        me: { fullName: me.fullName },
        ...(await figureOf(strapi, visibility, query)),
        items: (rows ?? []).map((row: any) => requestItem(row, day, timeZone)),
      },
    };
  },
});

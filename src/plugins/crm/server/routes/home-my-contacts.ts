import { contactsPlannedFor, overdueContactsOf, plannedContactItem } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { myEmployee } from '../home/my-employee';
import { businessNow } from '../home/today';
import { figureOf, readVisible } from '../home/visible-records';

const SHOWN = 5;
const FIELDS = ['occurredAt', 'subject', 'kind'] as const;

/** GET /crm/home/my-contacts: the caller's planned contacts for today and the overdue ones (counts, lists, the first few). */
export default defineRoute({
  method: 'GET',
  path: '/home/my-contacts',
  action: 'home.sales',
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null } };
    const { day, timeZone } = businessNow(strapi);
    const items = async (query: ReturnType<typeof contactsPlannedFor>) =>
      ((await readVisible(strapi, visibility, query, { fields: FIELDS, relations: { counterparty: 'name' }, limit: SHOWN })) ?? []).map((row: any) =>
        plannedContactItem(row, day, timeZone),
      );
    const today = contactsPlannedFor(me, day);
    const overdue = overdueContactsOf(me, day);
    return {
      data: {
        me: { fullName: me.fullName },
        today: { ...(await figureOf(strapi, visibility, today)), items: await items(today) },
        overdue: { ...(await figureOf(strapi, visibility, overdue)), items: await items(overdue) },
      },
    };
  },
});

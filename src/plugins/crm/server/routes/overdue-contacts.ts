import { overdueContactsOf } from '../../../../domain/workspace';
import { CM_ACTION } from '../../../../access/uids';
import { INTERACTION } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';
import { myEmployee } from '../home/my-employee';
import { businessNow } from '../home/today';
import { figureOf } from '../home/visible-records';

/**
 * GET /crm/overdue-contacts: how many of the caller's planned contacts are overdue (planned, theirs, dated
 * before today) and the interactions list filtered to exactly those. The menu's "Прострочені контакти" opens
 * that list: only the server knows the caller's employee card, which the filter names. No parameters, so
 * nobody can ask for another person's.
 */
export default defineRoute({
  method: 'GET',
  path: '/overdue-contacts',
  action: [CM_ACTION.read, INTERACTION],
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null } };
    const { day } = businessNow(strapi);
    return { data: { me: { fullName: me.fullName }, overdue: await figureOf(strapi, visibility, overdueContactsOf(me, day)) } };
  },
});

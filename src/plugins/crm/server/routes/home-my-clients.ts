import { counterpartiesManagedBy, PORTFOLIO_KINDS } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { myEmployee } from '../home/my-employee';
import { figureOf } from '../home/visible-records';

/**
 * GET /crm/home/my-clients: how many counterparties the caller is the responsible manager of, in all and by
 * kind, each with the list it counts (the "Мої клієнти" menu entry opens that list). Only the caller's own
 * figures: the route takes no parameters, so nobody can ask for another person's.
 */
export default defineRoute({
  method: 'GET',
  path: '/home/my-clients',
  action: 'home.sales',
  async handler({ strapi, user, visibility }) {
    const me = await myEmployee(strapi, user.id);
    if (!me) return { data: { me: null } };
    const all = await figureOf(strapi, visibility, counterpartiesManagedBy(me));
    const byKind = [];
    for (const kind of PORTFOLIO_KINDS) {
      const figure = await figureOf(strapi, visibility, counterpartiesManagedBy(me, kind));
      if (figure.count) byKind.push({ kind, ...figure });
    }
    return { data: { me: { fullName: me.fullName }, all, byKind } };
  },
});

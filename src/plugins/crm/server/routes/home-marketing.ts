import { businessDaysFrom, eventsAhead, marketingEventItem } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { businessNow } from '../home/today';
import { figureOf, readVisible } from '../home/visible-records';

/** Two weeks: the horizon a marketer prepares events within. */
const DAYS_AHEAD = 14;
const SHOWN = 6;

/** GET /crm/home/marketing-events: marketing events going on today or starting within two weeks, soonest first. */
export default defineRoute({
  method: 'GET',
  path: '/home/marketing-events',
  action: 'home.marketing',
  async handler({ strapi, visibility }) {
    const { day, timeZone } = businessNow(strapi);
    const query = eventsAhead(businessDaysFrom(day, DAYS_AHEAD, timeZone));
    const rows = await readVisible(strapi, visibility, query, { fields: ['name', 'kind', 'start', 'end', 'place'], limit: SHOWN });
    return { data: { ...(await figureOf(strapi, visibility, query)), days: DAYS_AHEAD, items: (rows ?? []).map((row: any) => marketingEventItem(row, day, timeZone)) } };
  },
});

import { scheduleEntriesOn, whereaboutsOn } from '../../../../domain/workspace';
import { defineRoute } from '../kit/route';
import { businessNow } from '../home/today';
import { figureOf, readVisible } from '../home/visible-records';

/** A day's schedule of a whole company stays far below this; the cap only guards against a runaway table. */
const MAX_ENTRIES = 2000;

/** GET /crm/home/whereabouts-today: who is in the office, away, working remotely or absent today, from the work schedule. */
export default defineRoute({
  method: 'GET',
  path: '/home/whereabouts-today',
  action: 'home.office',
  async handler({ strapi, visibility }) {
    const { now, day, timeZone } = businessNow(strapi);
    const query = scheduleEntriesOn(day);
    const rows = await readVisible(strapi, visibility, query, {
      fields: ['start', 'end', 'kind', 'city', 'organization', 'purpose'],
      relations: { employee: 'fullName', counterparty: 'name' },
      limit: MAX_ENTRIES,
    });
    const figure = await figureOf(strapi, visibility, query);
    if (rows === null) return { data: { ...figure, people: null, counts: null } };
    return { data: { ...figure, ...whereaboutsOn(rows as any, day, now, timeZone) } };
  },
});

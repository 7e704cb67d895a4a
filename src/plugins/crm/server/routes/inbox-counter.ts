import { inboxCounts } from '../../../../inbox/inbox-view';
import { myEmployee } from '../../../../inbox/request-actions';
import { defineRoute } from '../kit/route';

/** GET /crm/inbox/counter: only the figures, for the menu's unread counter (cheap enough to poll). */
export default defineRoute({
  method: 'GET',
  path: '/inbox/counter',
  action: 'inbox.read',
  async handler({ strapi, user, visibility }) {
    return { data: await inboxCounts(strapi, visibility, await myEmployee(strapi, user.id), new Date()) };
  },
});

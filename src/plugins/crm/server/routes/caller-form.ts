import { andFilters, toWhere } from '../../../../access/visibility';
import { CM_ACTION, UID } from '../../../../access/uids';
import { QUICK_CHANNELS } from '../../../../domain/caller-id';
import { URGENCIES, DEFAULT_URGENCY } from '../../../../domain/inbox';
import { INBOUND_REQUEST } from '../../../../inbox/uids';
import { defineRoute } from '../kit/route';

/**
 * GET /crm/caller/form: what the quick form "Нове звернення" offers — the active lead sources ("Як
 * дізналися про нас") the asker may see, in their order, the urgencies and the channels, with the defaults.
 */
export default defineRoute({
  method: 'GET',
  path: '/caller/form',
  action: [CM_ACTION.create, INBOUND_REQUEST],
  async handler({ strapi, visibility }) {
    const visible = visibility.can(INBOUND_REQUEST, 'leadSource', CM_ACTION.create) ? visibility.filter(UID.leadSource) : null;
    const sources: any[] =
      visible === null
        ? []
        : await strapi.db.query(UID.leadSource as any).findMany({
            where: toWhere(strapi, UID.leadSource, andFilters({ active: { $ne: false } }, visible)),
            select: ['documentId', 'name'],
            orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
          });
    return {
      data: {
        leadSources: visible === null ? null : sources.map((row) => ({ documentId: row.documentId, name: row.name })),
        urgencies: URGENCIES,
        defaultUrgency: DEFAULT_URGENCY,
        channels: QUICK_CHANNELS,
        defaultChannel: 'phone',
      },
    };
  },
});

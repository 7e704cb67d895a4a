import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::counterparty.counterparty', ({ strapi }) => ({
  /** GET /api/counterparties/lookup?phone=: caller ID (see services/caller-id.ts). */
  async lookup(ctx) {
    const card = await strapi.service('api::counterparty.caller-id').lookup(ctx.query.phone);
    ctx.body = { data: card };
  },
}));

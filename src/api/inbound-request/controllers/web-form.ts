import type { Core } from '@strapi/strapi';
import { GUARDED } from '../../../middlewares/web-form-guard';

/** POST /api/inbound-requests/web: answers 201 with a reference only, never the stored record. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: any) {
    if (ctx.state[GUARDED] !== true) throw new Error('global::web-form-guard is not registered in config/middlewares.ts');
    const { reference } = await strapi.service('api::inbound-request.web-form').submit(ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: { reference } };
  },
});

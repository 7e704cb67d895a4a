import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { syncContentManagerViews } from './admin-views/sync-content-manager-views';
import { bootstrapAccess, registerAccess } from './access';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerAccess(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncContentManagerViews(strapi);
    await bootstrapAccess(strapi);
  },
};

import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { syncContentManagerViews } from './admin-views/sync-content-manager-views';
import { lockPublicRole } from './api-access/lock-public-role';
import { generateOpenApiDocumentInProduction } from './api-access/openapi-document';
import { registerOpenApiOverrides } from './api-access/openapi-overrides';
import { bootstrapAccess, registerAccess } from './access';
import { fillInvoiceNumberKeys } from './unique-codes/fill-invoice-number-keys';
import { businessTime } from './time/business-time';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    businessTime(strapi); // a wrong VITRYLO_TIME_ZONE or VITRYLO_WORKING_HOURS stops the start here
    registerDocumentMiddlewares(strapi);
    registerOpenApiOverrides(strapi);
    registerAccess(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await fillInvoiceNumberKeys(strapi);
    await syncContentManagerViews(strapi);
    await lockPublicRole(strapi);
    await generateOpenApiDocumentInProduction(strapi);
    await bootstrapAccess(strapi);
  },
};

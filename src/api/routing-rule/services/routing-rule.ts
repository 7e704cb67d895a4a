import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::routing-rule.routing-rule');

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::routing-rule.routing-rule');

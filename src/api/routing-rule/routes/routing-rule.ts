import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::routing-rule.routing-rule');

import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::market-segment.market-segment');

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::market-segment.market-segment');

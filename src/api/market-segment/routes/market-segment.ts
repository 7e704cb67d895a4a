import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::market-segment.market-segment');

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::marketing-event.marketing-event');

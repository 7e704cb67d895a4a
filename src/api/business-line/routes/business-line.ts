import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::business-line.business-line');

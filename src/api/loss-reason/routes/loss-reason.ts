import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::loss-reason.loss-reason');

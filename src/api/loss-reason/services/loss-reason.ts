import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::loss-reason.loss-reason');

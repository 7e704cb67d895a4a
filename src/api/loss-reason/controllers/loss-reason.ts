import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::loss-reason.loss-reason');

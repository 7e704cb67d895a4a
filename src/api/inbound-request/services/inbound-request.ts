import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::inbound-request.inbound-request');

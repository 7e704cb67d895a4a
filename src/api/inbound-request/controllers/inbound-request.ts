import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::inbound-request.inbound-request');

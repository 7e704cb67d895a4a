import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::inbound-request.inbound-request');

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::report-subscription.report-subscription');

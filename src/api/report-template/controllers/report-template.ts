import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::report-template.report-template');

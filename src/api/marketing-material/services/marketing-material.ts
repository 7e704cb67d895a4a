import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::marketing-material.marketing-material');

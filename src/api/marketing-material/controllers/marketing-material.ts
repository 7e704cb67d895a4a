import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::marketing-material.marketing-material');

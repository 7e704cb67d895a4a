import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::bank-statement.bank-statement');

import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bank-statement.bank-statement');

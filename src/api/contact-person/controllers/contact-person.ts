import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::contact-person.contact-person');

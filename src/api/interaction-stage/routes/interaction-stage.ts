import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::interaction-stage.interaction-stage');

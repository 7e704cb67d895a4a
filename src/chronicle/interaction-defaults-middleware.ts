import type { Core, Modules } from '@strapi/strapi';
import { newInteractionDefaults } from '../domain/chronicle';
import { INTERACTION } from '../inbox/uids';

/**
 * Document middleware: a new interaction written without a moment happened now, and one without a state
 * is planned when dated in the future, done otherwise (domain/chronicle/form-defaults.ts). The panel's
 * form does the same as it opens (src/admin/card/form-helpers), so what is shown is what is saved.
 */
export function interactionDefaults(_strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== INTERACTION || ctx.action !== 'create') return next();
    const params = ctx.params as { data?: Record<string, any> };
    if (params?.data && typeof params.data === 'object') Object.assign(params.data, newInteractionDefaults(params.data, new Date()));
    return next();
  };
}

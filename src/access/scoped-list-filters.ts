import type { Core, Modules } from '@strapi/strapi';
import { andFilters, Filters } from './visibility';

/**
 * A content-manager list's own filters, checked and scoped by the route guard (content-manager-guard.ts),
 * travel in the request state past Strapi's query sanitizer (which would strip the visibility scopes it
 * cannot read through, such as `manager.adminUser`) and are ANDed into the list's document query here.
 */
const STATE_KEY = 'vitryloListFilters';

export interface ListFilters {
  uid: string;
  filters: Filters;
}

export function setListFilters(state: Record<string, any>, value: ListFilters): void {
  state[STATE_KEY] = value;
}

/** The list filters the route guard left for this request, if any. */
export function listFiltersOf(state: Record<string, any> | undefined): ListFilters | undefined {
  return state?.[STATE_KEY];
}

const LIST_ACTIONS = new Set(['findMany', 'count']);

export function scopedListFiltersMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (!LIST_ACTIONS.has(ctx.action)) return next();
    const scoped: ListFilters | undefined = (strapi as any).requestContext?.get?.()?.state?.[STATE_KEY];
    if (scoped && scoped.uid === ctx.uid) {
      const params = ctx.params as { filters?: Filters };
      params.filters = andFilters(params.filters, scoped.filters);
    }
    return next();
  };
}

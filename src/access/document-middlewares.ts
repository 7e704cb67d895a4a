import type { Core, Modules } from '@strapi/strapi';
import { ownershipDefaultsMiddleware } from './ownership-defaults-middleware';
import { relationWriteGuard as relationWriteGuardMiddleware } from './relation-write-guard';
import { scopedListFiltersMiddleware } from './scoped-list-filters';

type Factory = (strapi: Core.Strapi) => Modules.Documents.Middleware.Middleware;

/** The access rules that live in the Document Service; their order is set in src/document-middlewares. */
export const ownershipDefaults: Factory = ownershipDefaultsMiddleware;
export const relationWriteGuard: Factory = relationWriteGuardMiddleware;
export const scopedListFilters: Factory = scopedListFiltersMiddleware;

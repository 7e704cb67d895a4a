import type { Core } from '@strapi/strapi';
import { identifierRules } from './identifier-rules';
import { uniqueCodes } from './unique-codes';
import { documentTotals } from './document-totals';

/** Order matters: codes are normalized before their uniqueness is checked. */
const MIDDLEWARES = [identifierRules, uniqueCodes, documentTotals];

export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const factory of MIDDLEWARES) strapi.documents.use(factory(strapi));
}

import type { Core } from '@strapi/strapi';
import { addSearchColumns } from './search-column';
import { fillSearchText } from './fill-search-text';
import { ensureSearchIndexes } from './search-indexes';

export { searchColumnMiddleware } from './search-middleware';
export { fillSearchText } from './fill-search-text';

/** register(): the search columns join the models before the database reads them. */
export function registerSearch(strapi: Core.Strapi): void {
  addSearchColumns(strapi);
}

/** bootstrap(): the columns of an older database filled, the trigram indexes made. */
export async function bootstrapSearch(strapi: Core.Strapi): Promise<void> {
  await fillSearchText(strapi);
  await ensureSearchIndexes(strapi);
}

import type { Core } from '@strapi/strapi';
import { addSearchColumns } from './search-column';
import { fillSearchText } from './fill-search-text';
import { ensureSearchIndexes } from './search-indexes';
import { registerPickerSearch, subscribePickerSearch } from './picker-search';
import { registerContactPicker, subscribeContactPicker } from './contact-picker';

export { searchColumnMiddleware } from './search-middleware';
export { fillSearchText } from './fill-search-text';

/**
 * register(): the search columns join the models before the database reads them; the relation picker
 * searches them too, and a contact-person picker offers the contacts of the counterparty chosen in the form.
 */
export function registerSearch(strapi: Core.Strapi): void {
  addSearchColumns(strapi);
  registerPickerSearch(strapi);
  registerContactPicker(strapi);
}

/** bootstrap(): the columns of an older database filled, the trigram indexes made. */
export async function bootstrapSearch(strapi: Core.Strapi): Promise<void> {
  subscribePickerSearch(strapi);
  subscribeContactPicker(strapi);
  await fillSearchText(strapi);
  await ensureSearchIndexes(strapi);
}

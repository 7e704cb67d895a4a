import type { Core } from '@strapi/strapi';
import { refreshSearchText } from './search-column';
import { searchableTypes } from './searchable-types';

const STORE = { type: 'plugin' as const, name: 'vitrylo', key: 'search-columns' };

/** Fills the search column of every row when it is new to this database or holds other fields now (or `force`). */
export async function fillSearchText(strapi: Core.Strapi, { force = false }: { force?: boolean } = {}): Promise<boolean> {
  const signature = JSON.stringify(searchableTypes());
  const store = strapi.store(STORE);
  if (!force && (await store.get({})) === signature) return false;
  const started = Date.now();
  let rows = 0;
  for (const { uid } of searchableTypes()) rows += await refreshSearchText(strapi, uid, 'all');
  await store.set({ value: signature });
  strapi.log.info(`Search text of ${rows} records filled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

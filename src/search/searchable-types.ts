import { TYPE_METAS } from '../type-meta';

/** The types the panel searches through a search column, with the fields it holds (each type's meta, `search`). */
export function searchableTypes(): Array<{ uid: string; fields: readonly string[] }> {
  return TYPE_METAS.filter((meta) => meta.search?.length).map((meta) => ({ uid: meta.uid, fields: meta.search! }));
}

export function searchFieldsOf(uid: string): readonly string[] | undefined {
  return TYPE_METAS.find((meta) => meta.uid === uid)?.search;
}

export const SEARCH_ATTRIBUTE = 'searchText';
export const SEARCH_COLUMN = 'search_text';

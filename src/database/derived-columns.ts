import type { Core } from '@strapi/strapi';
import { accessColumnsOf, typesWithAccessColumns } from '../access/access-columns';
import { SEARCH_COLUMN, searchableTypes } from '../search/searchable-types';
import type { IndexedColumns } from './suspended-indexes';

/** The tables and database columns of the derived access and search columns (what a bulk fill rewrites). */
export function derivedColumns(strapi: Core.Strapi): IndexedColumns[] {
  const byTable = new Map<string, Set<string>>();
  const add = (uid: string, column: string) => {
    const table: string = strapi.db.metadata.get(uid as any).tableName;
    if (!byTable.has(table)) byTable.set(table, new Set());
    byTable.get(table)!.add(column);
  };
  for (const uid of typesWithAccessColumns()) {
    const meta: any = strapi.db.metadata.get(uid as any);
    for (const column of accessColumnsOf(uid)) add(uid, meta.attributes[column.attribute].columnName);
  }
  for (const { uid } of searchableTypes()) add(uid, SEARCH_COLUMN);
  return [...byTable].map(([table, columns]) => ({ table, columns: [...columns] }));
}

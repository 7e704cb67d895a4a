import type { Core } from '@strapi/strapi';
import { accessColumnsOf, accessIndexes, typesWithAccessColumns } from './access-columns';

/**
 * Adds the access columns (access-columns.ts) to the owned content types at register time, before the
 * database layer reads the models, so Strapi's schema sync creates and keeps them and their indexes like
 * any other column. They are derived, so they are not in schema.json: hidden in the panel, private in
 * REST answers, not writable by anyone (the sync middleware also drops them from written data).
 */
export function addAccessColumns(strapi: Core.Strapi): void {
  for (const uid of typesWithAccessColumns()) {
    strapi.get('content-types').extend(uid as any, (contentType: any) => {
      for (const column of accessColumnsOf(uid)) {
        contentType.attributes[column.attribute] = { type: 'integer', visible: false, private: true, writable: false, configurable: false };
      }
      // The schema object is shared by every Strapi started in this process (tests restart it): add once.
      const indexes: Array<{ name: string }> = contentType.indexes ?? [];
      const known = new Set(indexes.map((index) => index.name));
      contentType.indexes = [...indexes, ...accessIndexes(uid, contentType.collectionName).filter((index) => !known.has(index.name))];
      return contentType;
    });
  }
}

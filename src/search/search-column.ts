import type { Core } from '@strapi/strapi';
import { searchTextOf } from '../domain/search';
import { SEARCH_ATTRIBUTE, SEARCH_COLUMN, searchableTypes, searchFieldsOf } from './searchable-types';

const BATCH = 2000;

/** Adds the hidden search column to the searchable types (register time, like the access columns). */
export function addSearchColumns(strapi: Core.Strapi): void {
  for (const { uid } of searchableTypes()) {
    strapi.get('content-types').extend(uid as any, (contentType: any) => {
      contentType.attributes[SEARCH_ATTRIBUTE] = { type: 'text', visible: false, private: true, writable: false, configurable: false, searchable: false };
      return contentType;
    });
  }
}

/** The populate that reads a type's searched fields inside components ('bankAccounts.iban' → bankAccounts). */
function componentPopulate(fields: readonly string[]): Record<string, true> {
  return Object.fromEntries(fields.filter((field) => field.includes('.')).map((field) => [field.split('.')[0], true]));
}

/** The values of the searched fields of one row, components included. */
export function searchedValues(row: any, fields: readonly string[]): unknown[] {
  return fields.flatMap((field) => {
    const [first, inner] = field.split('.');
    if (!inner) return [row[first]];
    const value = row[first];
    return (Array.isArray(value) ? value : [value]).map((item) => item?.[inner]);
  });
}

/**
 * Rewrites the search column of some rows of a type (or of all of them, in batches), from their stored
 * fields. Row-level writes, so no document middleware runs again; inside a transaction it joins it.
 */
export async function refreshSearchText(strapi: Core.Strapi, uid: string, ids: number[] | 'all'): Promise<number> {
  const fields = searchFieldsOf(uid);
  if (!fields) return 0;
  const query = strapi.db.query(uid as any);
  const scalar = fields.filter((field) => !field.includes('.'));
  const populate = componentPopulate(fields);
  let written = 0;
  let afterId = 0;
  for (;;) {
    const where = ids === 'all' ? { id: { $gt: afterId } } : { id: { $in: ids } };
    const rows: any[] = await query.findMany({ where, select: ['id', ...scalar], populate, orderBy: { id: 'asc' }, limit: ids === 'all' ? BATCH : undefined });
    await writeSearchTexts(strapi, uid, rows.map((row) => [row.id, searchTextOf(searchedValues(row, fields))]));
    written += rows.length;
    if (ids !== 'all' || rows.length < BATCH) return written;
    afterId = rows[rows.length - 1].id;
  }
}

/** One UPDATE for a batch of rows (`case id when … then … end`), not one per row. */
async function writeSearchTexts(strapi: Core.Strapi, uid: string, texts: Array<[number, string]>): Promise<void> {
  if (texts.length === 0) return;
  const table: string = strapi.db.metadata.get(uid as any).tableName;
  const cases = texts.map(() => 'when ? then ?').join(' ');
  const bindings = [table, SEARCH_COLUMN, ...texts.flat(), ...texts.map(([id]) => id)];
  const sql = `update ?? set ?? = case id ${cases} end where id in (${texts.map(() => '?').join(', ')})`;
  // inside a write's transaction this joins it
  await strapi.db.transaction(({ trx }) => trx.raw(sql, bindings));
}

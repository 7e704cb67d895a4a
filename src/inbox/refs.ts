import type { Core } from '@strapi/strapi';
import { relationChange } from '../access/relation-references';

export interface RowRef {
  id: number;
  documentId: string;
}

/**
 * The record a to-one relation value of written data points at (a documentId, an id, `{ connect: [...] }`,
 * `{ set: [...] }`, ...), looked up so both its id and documentId are known; null when the value links
 * nothing or names a record that does not exist (Strapi refuses that itself when it writes).
 */
export async function linkedRow(strapi: Core.Strapi, target: string, value: unknown): Promise<RowRef | null> {
  if (value === undefined || value === null) return null;
  const { linked } = relationChange('', { target }, value);
  const where = linked.documentIds.length > 0 ? { documentId: linked.documentIds[0] } : linked.ids.length > 0 ? { id: linked.ids[0] } : null;
  if (!where) return null;
  const row: any = await strapi.db.query(target as any).findOne({ where, select: ['id', 'documentId'] });
  return row ? { id: row.id, documentId: row.documentId } : null;
}

/** The documentId of a populated to-one relation of a row, or null. */
export const docIdOf = (value: any): string | null => (value && typeof value === 'object' && typeof value.documentId === 'string' ? value.documentId : null);

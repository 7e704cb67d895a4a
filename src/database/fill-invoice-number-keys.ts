import type { Core } from '@strapi/strapi';
import { INVOICE_UID, invoiceNumberKey, uniqueFieldsOf, violatedUniqueField, yearOfNumberKey } from '../domain/unique-codes';

const PAGE = 500;

/**
 * Gives every invoice without a number key (saved before keys existed, or written row-level) its
 * "<year>/<number>" key, so the unique index covers it. Runs at each start; after the first it finds
 * nothing. A key another invoice already holds is left empty and logged: two invoices of one year share
 * a number, and an accountant must renumber one. Written row-level without touching updatedAt.
 */
export async function fillInvoiceNumberKeys(strapi: Core.Strapi): Promise<{ filled: number; duplicates: string[] }> {
  const invoiceFields = uniqueFieldsOf(INVOICE_UID);
  const { table, column } = invoiceFields[0];
  const duplicates: string[] = [];
  let filled = 0;
  let lastId = 0;
  for (;;) {
    const rows: any[] = await strapi.db.query(INVOICE_UID as any).findMany({
      where: { numberKey: null, id: { $gt: lastId } },
      select: ['id', 'number', 'date'],
      orderBy: { id: 'asc' },
      limit: PAGE,
    });
    for (const row of rows) {
      lastId = row.id;
      const key = invoiceNumberKey(row.number, row.date);
      if (!key) continue;
      try {
        await strapi.db.getConnection(table).where({ id: row.id }).update({ [column]: key });
        filled += 1;
      } catch (error) {
        if (!violatedUniqueField(error, invoiceFields)) throw error;
        duplicates.push(`"${row.number}" of ${yearOfNumberKey(key)} (invoice id ${row.id})`);
      }
    }
    if (rows.length < PAGE) break;
  }
  if (duplicates.length > 0) {
    strapi.log.warn(`Invoice numbers used twice in one year, not protected until renumbered: ${duplicates.join(', ')}`);
  }
  return { filled, duplicates };
}

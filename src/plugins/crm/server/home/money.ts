import type { Core } from '@strapi/strapi';
import type { Visibility } from '../../../../access/visibility';
import { INVOICE_UID, ListQuery, MoneyTotal, outstandingKopecks, sumByCurrency } from '../../../../domain/workspace';
import { readVisible, seesMoney } from './visible-records';

/**
 * Sums for the home page, exact and per currency, over the rows of a figure's list the caller may see;
 * null when the caller may not see the amounts (the Secretary never does).
 */

/** The sum of one money field (an invoice's `total`, a payment's `amount`). */
export async function sumOf(strapi: Core.Strapi, visibility: Visibility, query: ListQuery, field: string): Promise<MoneyTotal[] | null> {
  if (!seesMoney(visibility, query.uid, field)) return null;
  const rows = (await readVisible(strapi, visibility, query, { fields: [field, 'currency'] })) ?? [];
  return sumByCurrency(rows.map((row) => ({ currency: row.currency, amount: row[field] })));
}

/** What is still owed on a list of invoices: total minus paid, per invoice, summed. */
export async function owedOn(strapi: Core.Strapi, visibility: Visibility, invoices: ListQuery): Promise<MoneyTotal[] | null> {
  if (!seesMoney(visibility, INVOICE_UID, 'total', 'paidAmount')) return null;
  const rows = (await readVisible(strapi, visibility, invoices, { fields: ['total', 'paidAmount', 'currency'] })) ?? [];
  return sumByCurrency(rows.map((row) => ({ currency: row.currency, amount: outstandingKopecks(row) })));
}

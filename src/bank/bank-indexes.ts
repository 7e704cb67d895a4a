import type { Core } from '@strapi/strapi';

/**
 * A statement's payer is looked up by IBAN when its code is missing or unknown (src/bank/matching-context.ts):
 * an index on the bank accounts' IBANs keeps that a lookup over a million counterparties' accounts. Strapi's
 * schema sync cannot declare indexes on a component's table, so it is made here at every start, idempotently.
 */
export async function ensureBankIndexes(strapi: Core.Strapi): Promise<void> {
  const table = (strapi.db.metadata.get('crm.bank-account' as any) as any).tableName as string;
  const schema = strapi.db.getSchemaName();
  await strapi.db.connection.raw('create index if not exists ?? on ?? (iban)', [`${table}_iban_idx`, schema ? `${schema}.${table}` : table]);
}

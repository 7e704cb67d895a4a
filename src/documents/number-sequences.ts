import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../database/own-table';

const TABLE = 'vitrylo_number_sequences';

/** The sequences table, made before the first number is drawn. */
export function prepareNumberSequences(strapi: Core.Strapi): Promise<void> {
  return ensureOwnTable(strapi, TABLE, (table) => {
    table.string('scope', 128).primary();
    table.bigInteger('last_value').notNullable();
  });
}

/**
 * The next number of a sequence, inside the caller's transaction. The increment takes the sequence's row
 * lock until that transaction ends: a second process creating a document of the same kind waits for the
 * first to commit (and then takes the next number) or to roll back (and then takes the same number), so
 * numbers are neither repeated nor skipped. A sequence met for the first time starts after `lastUsed()`,
 * the highest number already written by hand or by an earlier version.
 */
export async function nextInSequence(trx: any, scope: string, lastUsed: () => Promise<number>): Promise<number> {
  const existing = await trx(TABLE).where({ scope }).first('last_value');
  if (!existing) await trx.raw(`insert into ${TABLE} (scope, last_value) values (?, ?) on conflict (scope) do nothing`, [scope, await lastUsed()]);
  const result = await trx.raw(`update ${TABLE} set last_value = last_value + 1 where scope = ? returning last_value`, [scope]);
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(rows[0].last_value);
}

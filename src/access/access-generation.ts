import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../database/own-table';
import { preparedStatement } from '../database/prepared-statements';
import { UID } from './uids';

/**
 * One number in the database that moves on whenever anything a login's rights are built from changes:
 * admin users (their roles, being active), roles, permissions, API tokens and their permissions, employee
 * cards (the login they belong to, their department) and departments; and the stored settings (Strapi's
 * core store: the panel's list views among them). Every Vitrylo process on the database reads it, so a
 * change made through one process is seen by all at their next request; the processes keep what they built
 * from those records only while the number stays where it was (src/access/cached-authentication.ts, and
 * the list columns of src/document-middlewares/list-view-populate.ts under the number the request read).
 */
export const ACCESS_GENERATION_TABLE = 'vitrylo_access_generation';
const ROW_ID = 1;

/** What the rights of a login or an API token, and the settings kept with them, are built from. */
export const ACCESS_SOURCE_MODELS = ['admin::user', 'admin::role', 'admin::permission', 'admin::api-token', 'admin::api-token-permission', UID.employee, UID.department, 'strapi::core-store'] as const;

const REQUEST_GENERATION = 'vitryloAccessGeneration';

/** Remembers in a request's state the generation its caller was recognised at. */
export function setRequestGeneration(state: Record<string, unknown>, generation: string): void {
  state[REQUEST_GENERATION] = generation;
}

/** The generation the current request read (null outside a request, or when it was not read). */
export function requestGeneration(strapi: Core.Strapi): string | null {
  const value = (strapi as any).requestContext?.get?.()?.state?.[REQUEST_GENERATION];
  return typeof value === 'string' ? value : null;
}

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * bootstrap(), before anything of Vitrylo's writes roles or permissions: the table, the writes that move the
 * generation on from now, and one move for what changed while this process started (Strapi syncs
 * permissions at every start, before any hook of ours could see it).
 */
export async function prepareAccessGeneration(strapi: Core.Strapi): Promise<void> {
  await ensureOwnTable(strapi, ACCESS_GENERATION_TABLE, (table) => {
    table.integer('id').primary();
    table.bigInteger('generation').notNullable();
  });
  await strapi.db.connection(ACCESS_GENERATION_TABLE).insert({ id: ROW_ID, generation: 1 }).onConflict('id').ignore();
  bumpAccessGenerationOnWrites(strapi);
  await bumpAccessGeneration(strapi);
}

/**
 * The generation as text (a bigint column comes back as a string from PostgreSQL, a number from SQLite). Read
 * at every request: a prepared statement.
 */
export async function readAccessGeneration(strapi: Core.Strapi): Promise<string> {
  const row = await preparedStatement(strapi, strapi.db.connection(ACCESS_GENERATION_TABLE).select('generation').where({ id: ROW_ID }).first());
  return String(row?.generation ?? 0);
}

/**
 * Moves the generation on, in the transaction of the write that called for it when there is one: the new
 * number becomes visible to other processes together with the change, never before it (a process reading
 * it early would build rights from the old records and keep them under the new number).
 */
export async function bumpAccessGeneration(strapi: Core.Strapi): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
    await trx(ACCESS_GENERATION_TABLE).where({ id: ROW_ID }).increment('generation', 1);
  });
}

/** Every write to the records rights are built from moves the generation on. */
function bumpAccessGenerationOnWrites(strapi: Core.Strapi): void {
  const bump = () => bumpAccessGeneration(strapi);
  strapi.db.lifecycles.subscribe({ models: [...ACCESS_SOURCE_MODELS], ...Object.fromEntries(WRITES.map((event) => [event, bump])) } as any);
}

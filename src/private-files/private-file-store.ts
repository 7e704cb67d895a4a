import type { Core } from '@strapi/strapi';
import { ensureOwnTable } from '../database/own-table';

const TABLE = 'vitrylo_private_files';

/**
 * Files that hold business data (a bank statement as the bank sent it, a company's report template) kept in
 * the database, not in the upload folder: nothing under `public/`, no guessable URL, the same backup as the
 * records they belong to, saved in the transaction that saves the record (a refused import leaves no file
 * behind), and every Vitrylo process on the database sees them. Served only through admin routes that check
 * the caller may read the owning record.
 */
export interface PrivateFileOwner {
  uid: string;
  documentId: string;
}

export interface PrivateFile {
  name: string;
  mime: string;
  content: Buffer;
}

function ensureTable(strapi: Core.Strapi): Promise<void> {
  return ensureOwnTable(strapi, TABLE, (table) => {
    table.string('owner_uid', 128).notNullable();
    table.string('owner_document_id', 64).notNullable();
    table.string('name', 255).notNullable();
    table.string('mime', 128).notNullable();
    table.integer('size').notNullable();
    table.binary('content').notNullable();
    table.timestamp('created_at').notNullable();
    table.primary(['owner_uid', 'owner_document_id']);
  });
}

/** Creates the table before any transaction needs it (DDL inside a long import transaction would hold locks). */
export const preparePrivateFiles = (strapi: Core.Strapi): Promise<void> => ensureTable(strapi);

/** Keeps (or replaces) the file of a record; `trx` is the transaction that writes the record. */
export async function savePrivateFile(strapi: Core.Strapi, trx: any, owner: PrivateFileOwner, file: PrivateFile): Promise<void> {
  await ensureTable(strapi);
  const runner = trx ?? strapi.db.connection;
  await runner(TABLE).where({ owner_uid: owner.uid, owner_document_id: owner.documentId }).delete();
  await runner(TABLE).insert({
    owner_uid: owner.uid,
    owner_document_id: owner.documentId,
    name: file.name,
    mime: file.mime,
    size: file.content.length,
    content: file.content,
    created_at: new Date(),
  });
}

export async function readPrivateFile(strapi: Core.Strapi, owner: PrivateFileOwner): Promise<PrivateFile | null> {
  await ensureTable(strapi);
  const row = await strapi.db.connection(TABLE).where({ owner_uid: owner.uid, owner_document_id: owner.documentId }).first('name', 'mime', 'content');
  if (!row) return null;
  return { name: row.name, mime: row.mime, content: Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content) };
}

/**
 * Removes the file of a record; `trx` is the transaction that deletes the record, when there is one: a query
 * on the bare connection inside it waits for a second connection, which SQLite's pool of one never gives.
 */
export async function deletePrivateFile(strapi: Core.Strapi, owner: PrivateFileOwner, trx?: any): Promise<void> {
  await ensureTable(strapi);
  const runner = trx ?? strapi.db.connection;
  await runner(TABLE).where({ owner_uid: owner.uid, owner_document_id: owner.documentId }).delete();
}

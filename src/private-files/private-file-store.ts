import type { Core } from '@strapi/strapi';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { ensureOwnTable } from '../database/own-table';

const TABLE = 'vitrylo_private_files';
const ENCODING_COLUMN = 'content_encoding';
const GZIP = 'gzip';
const packed = promisify(gzip);
const unpacked = promisify(gunzip);

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
    table.string(ENCODING_COLUMN, 16).nullable();
    table.timestamp('created_at').notNullable();
    table.primary(['owner_uid', 'owner_document_id']);
  }, upgradePrivateFilesTable);
}

/** A table made before files were compressed gets the encoding column; its files (null there) read as they came. */
export async function upgradePrivateFilesTable(connection: any): Promise<void> {
  // each `connection.schema` is a builder of its own: one used twice would run both statements the second time
  if (!(await connection.schema.hasColumn(TABLE, ENCODING_COLUMN))) await connection.schema.alterTable(TABLE, (table: any) => table.string(ENCODING_COLUMN, 16).nullable());
}

/** Creates the table before any transaction needs it (DDL inside a long import transaction would hold locks). */
export const preparePrivateFiles = (strapi: Core.Strapi): Promise<void> => ensureTable(strapi);

/**
 * Keeps (or replaces) the file of a record; `trx` is the transaction that writes the record. Kept gzipped:
 * statements are text that shrinks five- to tenfold, and the database driver sends a binary value as hex text
 * (a 47 MB statement was 190 MB of the import's peak memory while it went in, uncompressed).
 */
export async function savePrivateFile(strapi: Core.Strapi, trx: any, owner: PrivateFileOwner, file: PrivateFile): Promise<void> {
  await ensureTable(strapi);
  const content = await packed(file.content, { level: 1 });
  const runner = trx ?? strapi.db.connection;
  await runner(TABLE).where({ owner_uid: owner.uid, owner_document_id: owner.documentId }).delete();
  await runner(TABLE).insert({
    owner_uid: owner.uid,
    owner_document_id: owner.documentId,
    name: file.name,
    mime: file.mime,
    size: file.content.length,
    content,
    [ENCODING_COLUMN]: GZIP,
    created_at: new Date(),
  });
}

export async function readPrivateFile(strapi: Core.Strapi, owner: PrivateFileOwner): Promise<PrivateFile | null> {
  await ensureTable(strapi);
  const row = await strapi.db.connection(TABLE).where({ owner_uid: owner.uid, owner_document_id: owner.documentId }).first('name', 'mime', 'content', ENCODING_COLUMN);
  if (!row) return null;
  const stored = Buffer.isBuffer(row.content) ? row.content : Buffer.from(row.content);
  return { name: row.name, mime: row.mime, content: row[ENCODING_COLUMN] === GZIP ? await unpacked(stored) : stored };
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

import fs from 'fs';
import path from 'path';
import { appDir, startStrapi, TestApp } from '../helpers/strapi';
import { makeEdrpou } from '../../src/domain/identifiers';
import { UNIQUE_FIELDS, uniqueIndexName } from '../../src/domain/unique-codes';

/**
 * The unique indexes come from Strapi's schema sync (`"column": { "unique": true }`): they must exist on a
 * new database, survive restarts (also one whose sync compares the whole schema again), and be added to a
 * database made by a version without them, whose data holds blank codes and invoices without keys.
 */
const COUNTERPARTY = 'api::counterparty.counterparty';
const INVOICE = 'api::invoice.invoice';
const CONTRACT = 'api::contract.contract';
const MIGRATION = fs.readdirSync(path.join(appDir, 'database/migrations')).find((name) => name.endsWith('.unique-codes.js'))!;

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app?.stop();
});

const db = () => app.strapi.db as any;
const rows = (table: string) => db().getConnection(table);
const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any);

/** `name(columns)` of every unique index on the tables that hold unique codes. */
async function uniqueIndexes(): Promise<string[]> {
  const found: string[] = [];
  for (const table of new Set(UNIQUE_FIELDS.map((field) => field.table))) {
    const indexes: any[] = await db().dialect.schemaInspector.getIndexes(table);
    for (const index of indexes) if (index.type === 'unique') found.push(`${index.name}(${index.columns.join(',')})`);
  }
  return found;
}
const EXPECTED = UNIQUE_FIELDS.map((field) => `${uniqueIndexName(field)}(${field.column})`);

test('schema sync builds a unique index for every unique field', async () => {
  expect(await uniqueIndexes()).toEqual(expect.arrayContaining(EXPECTED));
});

test('the indexes survive a restart whose schema sync compares everything again', async () => {
  // A changed hash makes the next start diff the stored, the database's and the model's schemas.
  await rows('strapi_database_schema').update({ hash: 'from-another-version' });
  await app.restart();
  expect(await uniqueIndexes()).toEqual(expect.arrayContaining(EXPECTED));
  const edrpou = makeEdrpou('5500011');
  await create(COUNTERPARTY, { name: 'Після перезапуску', kind: 'client', edrpou });
  // The outcome as text, so a failure shows what the database did instead of refusing ("saved", another error).
  const duplicate = await app.strapi.db
    .query(COUNTERPARTY as any)
    .create({ data: { name: 'Копія', kind: 'client', edrpou } })
    .then(
      (saved: any) => `saved as id ${saved?.id}`,
      (error: any) => `${error?.code ?? ''} ${error?.message ?? String(error)}`,
    );
  expect(duplicate).toMatch(/unique|23505/i);
});

test('a database from a version without them gets them at the next start: blanks become NULL, invoices get keys', async () => {
  const client = await create('api::counterparty.counterparty', { name: 'Клієнт', kind: 'client' });
  const blank1 = await create(COUNTERPARTY, { name: 'Без коду 1', kind: 'prospect' });
  const blank2 = await create(COUNTERPARTY, { name: 'Без коду 2', kind: 'prospect' });
  const contract = await create(CONTRACT, { number: 'Д-77', date: '2025-01-10', counterparty: client.documentId });
  const invoice = (number: string, date: string) => create(INVOICE, { number, date, counterparty: client.documentId, lines: [] });
  const first = await invoice('Р-5', '2025-02-01');
  const sameNumberLater = await invoice('Р-6', '2025-03-01');
  const nextYear = await invoice('Р-5', '2026-02-01');

  // What the previous version left: no unique indexes, no number keys, '' for empty codes, untrimmed numbers.
  for (const field of UNIQUE_FIELDS) {
    await db().getSchemaConnection().alterTable(field.table, (table: any) => table.dropUnique([field.column], uniqueIndexName(field)));
  }
  await db().connection.raw('ALTER TABLE ?? DROP COLUMN ??', ['invoices', 'number_key']);
  await rows('counterparties').whereIn('id', [blank1.id, blank2.id]).update({ edrpou: '', rnokpp: ' ' });
  await rows('contracts').where({ id: contract.id }).update({ number: ' Д-77 ' });
  await rows('invoices').where({ id: sameNumberLater.id }).update({ number: 'Р-5' });
  await rows('strapi_migrations').where({ name: MIGRATION }).del();
  expect(await uniqueIndexes()).not.toEqual(expect.arrayContaining(EXPECTED));

  await app.restart();

  expect(await uniqueIndexes()).toEqual(expect.arrayContaining(EXPECTED));
  const codes = await rows('counterparties').whereIn('id', [blank1.id, blank2.id]).select('edrpou', 'rnokpp');
  expect(codes).toEqual([{ edrpou: null, rnokpp: null }, { edrpou: null, rnokpp: null }]);
  expect(await rows('contracts').where({ id: contract.id }).first('number')).toEqual({ number: 'Д-77' });
  const keys = await rows('invoices').whereIn('id', [first.id, sameNumberLater.id, nextYear.id]).orderBy('id').select('number_key');
  // Two invoices of 2025 numbered Р-5: the first keeps the key, the other waits to be renumbered (logged).
  expect(keys.map((row: any) => row.number_key)).toEqual(['2025/Р-5', null, '2026/Р-5']);
});

test('the migration stops, naming them, while records share a code', async () => {
  const code = makeEdrpou('5500022');
  const a = await create(COUNTERPARTY, { name: 'Двійник 1', kind: 'client', edrpou: code });
  const b = await create(COUNTERPARTY, { name: 'Двійник 2', kind: 'client' });
  const edrpou = UNIQUE_FIELDS.find((field) => field.field === 'edrpou')!;
  await db().getSchemaConnection().alterTable('counterparties', (table: any) => table.dropUnique(['edrpou'], uniqueIndexName(edrpou)));
  await rows('counterparties').where({ id: b.id }).update({ edrpou: code });

  const migration = require(path.join(appDir, 'database/migrations', MIGRATION));
  await expect(db().transaction(({ trx }: any) => migration.up(trx, db()))).rejects.toThrow(`counterparties.edrpou "${code}" (2 records)`);
  expect(await rows('counterparties').where({ id: a.id }).first('edrpou')).toEqual({ edrpou: code });
});

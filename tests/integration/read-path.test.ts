import path from 'path';
import { appDir, startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession, loginAdmin } from '../helpers/admin';
import { createAccessFixtures } from '../helpers/access-fixtures';
import { readableIdsSubquery } from '../../src/access/visibility';
import { UID } from '../../src/access/uids';
import { workerRequire } from '../helpers/worker-modules';
import { createMinimalDocument } from '../helpers/minimal-documents';

/**
 * What every read costs: on PostgreSQL a read through the Document Service opens no transaction of its own (on
 * SQLite it keeps one: one snapshot for a record and its relations), and inside a write's transaction it joins
 * it, sees what that transaction wrote and is rolled back with it (src/database/reads-without-transaction.ts);
 * the content manager's deep populate is worked out once per question
 * (src/content-manager-views/deep-populate-memo.ts), and a read's parameters are checked once per question
 * (src/database/valid-params-memo.ts).
 */

let app: TestApp;
let root: AdminSession;
let manager: string;

beforeAll(async () => {
  app = await startStrapi();
  root = await createSuperAdminSession(app);
  const employee: any = await app.strapi.documents(UID.employee as any).create({ data: { fullName: 'Іван Читальник' } as any });
  manager = employee.documentId;
  await app.strapi.documents(UID.counterparty as any).create({ data: { name: 'ТОВ «Читання»', kind: 'client', manager } as any });
});
afterAll(async () => { await app?.stop(); });

/** The SQL statements sent while `work` runs. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const listen = (query: { sql: string }) => statements.push(query.sql);
  const knex = app.strapi.db.connection as any;
  knex.on('query', listen);
  try {
    await work();
    return statements;
  } finally {
    knex.removeListener('query', listen);
  }
}

const transactionStatements = (statements: string[]) => statements.filter((sql) => /^\s*(begin|commit|rollback|savepoint)\b/i.test(sql));
const onPostgres = () => app.strapi.db.dialect.client === 'postgres';
/** what reads may send of transactions: nothing on PostgreSQL; on SQLite each read is still one */
const expectReadTransactions = (statements: string[]) => {
  const sent = transactionStatements(statements);
  if (onPostgres()) expect(sent).toEqual([]);
  else expect(sent.length).toBeGreaterThan(0);
};
const documents = () => app.strapi.documents(UID.counterparty as any);
/** the very populate module the running content manager uses (the worker's own require, as Strapi loaded it) */
const contentManagerPopulate = () => workerRequire(path.join(appDir, 'node_modules/@strapi/content-manager/dist/server/services/utils/populate.js'));

test('a Document Service read opens no transaction on PostgreSQL (on SQLite it keeps its own)', async () => {
  const statements = await statementsOf(async () => {
    const found: any[] = await documents().findMany({ filters: { name: 'ТОВ «Читання»' }, populate: { manager: true } });
    expect(found).toHaveLength(1);
    expect(found[0].manager.fullName).toBe('Іван Читальник');
    expect(await documents().findOne({ documentId: found[0].documentId })).toMatchObject({ name: 'ТОВ «Читання»' });
    expect(await documents().findFirst({ filters: { name: 'ТОВ «Читання»' } })).toMatchObject({ documentId: found[0].documentId });
    expect(await documents().count({ filters: { name: 'ТОВ «Читання»' } })).toBe(1);
  });
  expect(statements.length).toBeGreaterThan(0);
  expectReadTransactions(statements);
});

test('a panel list page and a record opened in the panel send no BEGIN or COMMIT on PostgreSQL (on SQLite they keep theirs)', async () => {
  let list: any;
  const statements = await statementsOf(async () => {
    list = await root.get(`${cm(UID.counterparty)}?page=1&pageSize=10&sort=name:ASC`);
  });
  expect(list.status).toBe(200);
  expect(list.body.results.map((row: any) => row.name)).toContain('ТОВ «Читання»');
  expectReadTransactions(statements);

  const documentId = list.body.results.find((row: any) => row.name === 'ТОВ «Читання»').documentId;
  let record: any;
  const recordStatements = await statementsOf(async () => {
    record = await root.get(cm(UID.counterparty, documentId));
  });
  expect(record.status).toBe(200);
  expect(record.body.data).toMatchObject({ name: 'ТОВ «Читання»' });
  expectReadTransactions(recordStatements);
});

test("one client's chronicle in the panel looks the client up once for its count and its page, and again at the next request", async () => {
  const client: any = await documents().findFirst({ filters: { name: 'ТОВ «Читання»' } });
  const other = await createMinimalDocument(app.strapi, UID.counterparty, { manager });
  for (const counterparty of [client.documentId, client.documentId, other]) await createMinimalDocument(app.strapi, UID.interaction, { counterparty });
  const chronicle = `${cm(UID.interaction)}?page=1&pageSize=10&filters[$and][0][counterparty][documentId][$eq]=${client.documentId}`;
  const clientLookups = (statements: string[]) => statements.filter((sql) => /from\s+("public"\.)?"?counterparties"?\s/i.test(sql) && /document_id/i.test(sql) && !/interactions/i.test(sql));
  for (let request = 0; request < 2; request += 1) {
    let page: any;
    const statements = await statementsOf(async () => {
      page = await root.get(chronicle);
    });
    expect(page.status).toBe(200);
    expect(page.body.results).toHaveLength(2);
    expect(page.body.pagination.total).toBe(2);
    // (SQLite's reads run in transactions of their own, which this listener does not hear)
    if (onPostgres()) expect(clientLookups(statements)).toHaveLength(1);
  }
});

test("a sales manager's chronicle of his client asks once whether he may read the client, in the page's own statement", async () => {
  const fx = await createAccessFixtures(app.strapi, '-read-path');
  const salesManager = await loginAdmin(app, fx.emails.manager);
  const chronicleOf = (counterparty: string) => `${cm(UID.interaction)}?page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${counterparty}`;
  const clientReads = (statements: string[]) => statements.filter((sql) => /from\s+("public"\.)?"?counterparties"?\s/i.test(sql) && !/interactions/i.test(sql));
  let page: any;
  const statements = await statementsOf(async () => {
    page = await salesManager.get(chronicleOf(fx.records.own.counterparty.documentId));
  });
  expect(page.status).toBe(200);
  expect(page.body.results.length).toBeGreaterThan(0);
  for (const row of page.body.results) expect(row.counterparty).toMatchObject({ documentId: fx.records.own.counterparty.documentId, name: expect.any(String) });
  // one statement reads the page, the client's lookup and whether he may read it (src/lists/one-parent-list-statement.ts)
  if (onPostgres()) {
    expect(clientReads(statements)).toHaveLength(0);
    expect(statements.filter((sql) => /"interactions"/.test(sql))).toEqual([expect.stringMatching(/"counterparties"/)]);
  }
  // another department's client: looked up with his rule, nothing of it shown
  const foreign = await salesManager.get(chronicleOf(fx.records.other.counterparty.documentId));
  expect(foreign.status).toBe(200);
  expect(foreign.body.results).toEqual([]);
  // the director reads every client: the same page shows its name to him as well
  const director = await loginAdmin(app, fx.emails.director);
  const directors = await director.get(chronicleOf(fx.records.other.counterparty.documentId));
  expect(directors.body.results.length).toBeGreaterThan(0);
  for (const row of directors.body.results) expect(row.counterparty).toMatchObject({ documentId: fx.records.other.counterparty.documentId, name: expect.any(String) });
});

test('a subquery of the readable records refuses an outer table named as its own (it would compare each row with itself)', () => {
  const visibility = { filter: () => ({ name: { $eq: 'ТОВ «Читання»' } }) };
  expect(() => readableIdsSubquery(app.strapi, visibility, UID.counterparty, 't0.id')).toThrow(/t0/);
  expect(readableIdsSubquery(app.strapi, visibility, UID.counterparty, 'outer_rows.id').toSQL().sql).toMatch(/id. = .outer_rows.\..id/);
});

test('writes still run in a transaction', async () => {
  const statements = await statementsOf(() => documents().create({ data: { name: 'ТОВ «Запис»', kind: 'prospect', manager } as any }));
  expect(transactionStatements(statements).map((sql) => sql.trim().split(/\s|;/)[0].toLowerCase())).toEqual(expect.arrayContaining(['begin', 'commit']));
});

test('inside a write\'s transaction a read joins it: it sees the uncommitted row, and the rollback takes it away', async () => {
  const marker = 'ТОВ «Невидимий до коміту»';
  const seenInside: { found: number; counted: number } = { found: 0, counted: 0 };
  await expect(
    app.strapi.db.transaction(async () => {
      await documents().create({ data: { name: marker, kind: 'client', manager } as any });
      seenInside.found = (await documents().findMany({ filters: { name: marker } })).length;
      seenInside.counted = await documents().count({ filters: { name: marker } });
      throw new Error('відкат');
    }),
  ).rejects.toThrow('відкат');
  expect(seenInside).toEqual({ found: 1, counted: 1 });
  expect(await documents().count({ filters: { name: marker } })).toBe(0);
});

test('the content manager\'s deep populate is Strapi\'s own answer, a fresh copy each time', () => {
  const populate = contentManagerPopulate();
  const remembered = populate.getDeepPopulate;
  const strapiOwn = remembered[Symbol.for('vitrylo.deepPopulateMemo')];
  expect(typeof strapiOwn).toBe('function');
  for (const [uid, options] of [
    [UID.counterparty, { countMany: true, maxLevel: 1 }],
    [UID.interaction, { countMany: true, maxLevel: 1, initialPopulate: { counterparty: { populate: { manager: true } } } }],
    [UID.invoice, undefined],
    [UID.counterparty, { maxLevel: Infinity, countMany: true, countOne: true }],
  ] as const) {
    const first = remembered(uid, options);
    expect(first).toEqual(strapiOwn(uid, options));
    expect(Object.keys(first).length).toBeGreaterThan(0);
    (first as any).changedByACaller = true;
    for (const value of Object.values(first)) if (value && typeof value === 'object') (value as any).changedByACaller = true;
    const second = remembered(uid, options);
    expect(second).toEqual(strapiOwn(uid, options));
    expect(second).not.toBe(first);
  }
});

test('a deep populate asked to any depth is not taken for one asked with no depth', () => {
  const populate = contentManagerPopulate();
  const strapiOwn = populate.getDeepPopulate[Symbol.for('vitrylo.deepPopulateMemo')];
  const deep = populate.getDeepPopulate(UID.counterparty, { maxLevel: Infinity });
  const none = populate.getDeepPopulate(UID.counterparty, { maxLevel: null });
  expect(deep).toEqual(strapiOwn(UID.counterparty, { maxLevel: Infinity }));
  expect(none).toEqual(strapiOwn(UID.counterparty, { maxLevel: null }));
  expect(deep).not.toEqual(none);
});

test('a read\'s parameters found valid are remembered with Strapi\'s answer; invalid ones are refused every time', async () => {
  const { validators } = workerRequire(path.join(appDir, 'node_modules/@strapi/utils/dist/index.js')).validate;
  const ctx = { schema: app.strapi.contentType(UID.counterparty as any), getModel: (uid: string) => app.strapi.getModel(uid as any) };
  const include = ['nonAttributesOperators', 'dynamicZones', 'morphRelations'];
  const questions: Array<[string, unknown]> = [
    ['validateFilters', { $and: [{ name: { $containsi: 'тов' } }, { manager: { id: { $eq: 1 } } }, { $or: [{ accessManagerUser: 3 }, { accessDepartment: 2 }] }] }],
    ['validateSort', 'name:ASC'],
    ['validateFields', ['name', 'kind']],
    ['validatePopulate', { manager: { fields: ['fullName'] }, contactPersons: { count: true } }],
  ];
  for (const [name, value] of questions) {
    const strapiOwn = validators[name][Symbol.for('vitrylo.validParamsMemo')];
    expect(typeof strapiOwn).toBe('function');
    const expected = await strapiOwn(ctx, structuredClone(value), include);
    const first = await validators[name](ctx, structuredClone(value), include);
    if (first && typeof first === 'object') (first as any).changedByACaller = true;
    expect(await validators[name](ctx, structuredClone(value), include)).toEqual(expected);
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await expect(validators.validateFilters(ctx, { noSuchField: { $eq: 1 } }, include)).rejects.toThrow(/noSuchField/);
    await expect(documents().findMany({ filters: { noSuchField: 'x' } as any })).rejects.toThrow(/noSuchField/);
  }
});

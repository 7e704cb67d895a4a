import { startStrapi, TestApp } from '../helpers/strapi';
import { cm, createSuperAdminSession, AdminSession } from '../helpers/admin';
import { createAccessFixtures, loginAll, AccessFixtures, Person } from '../helpers/access-fixtures';
import { usesPostgres } from '../helpers/database';
import { UID } from '../../src/access/uids';

/**
 * The panel's search of counterparties and contact persons goes through the normalized search column: any
 * letter case (Cyrillic too, on SQLite as on PostgreSQL), a phone in any format, ЄДРПОУ, e-mail, IBAN; kept
 * right on every write; and it finds only what the caller may see.
 */
let app: TestApp;
let fixtures: AccessFixtures;
let root: AdminSession;
let staff: Record<Person, AdminSession>;
let client: string;

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi, '-search');
  root = await createSuperAdminSession(app);
  staff = await loginAll(app, fixtures);
  const created = await app.strapi.documents(UID.counterparty as any).create({
    data: {
      name: 'ТОВ «Ромашка-Україна»',
      kind: 'client',
      edrpou: '14360570',
      phone: '+380671234567',
      email: 'Info@Romashka.UA',
      manager: fixtures.employees.manager.documentId,
      bankAccounts: [{ iban: 'UA213223130000026007233566001', bankName: 'ПриватБанк' }],
    },
  } as any);
  client = created.documentId;
});
afterAll(async () => {
  await app?.stop();
});

async function found(session: AdminSession, query: string, uid = UID.counterparty): Promise<string[]> {
  const res = await session.get(`${cm(uid)}?page=1&pageSize=50&_q=${encodeURIComponent(query)}`);
  expect(res.status).toBe(200);
  return res.body.results.map((row: any) => row.documentId);
}

test.each(['ромашка', 'РОМАШКА-укр', 'Ромашка', '067 123-45-67', '(067)1234567', '14360570', 'romashka.ua', 'UA21 3223 1300'])(
  'the super admin finds the client by %j',
  async (query) => {
    expect(await found(root, query)).toEqual([client]);
  },
);

test('the responsible manager finds it; a manager of another department does not', async () => {
  expect(await found(staff.manager, 'ромашка')).toEqual([client]);
  expect(await found(staff.manager, '0671234567')).toEqual([client]);
  expect(await found(staff.otherManager, 'ромашка')).toEqual([]);
});

test('a changed name is found at once, the old one no more', async () => {
  await app.strapi.documents(UID.counterparty as any).update({ documentId: client, data: { name: 'ТОВ «Волошка»' } } as any);
  expect(await found(root, 'волошка')).toEqual([client]);
  expect(await found(root, 'ромашка-укр')).toEqual([]);
  expect(await found(root, 'romashka.ua')).toEqual([client]);
});

test('contact persons are found by name in any case and by phone', async () => {
  const person = await app.strapi.documents(UID.contactPerson as any).create({
    data: { fullName: 'Ґалаґан Євгенія Іванівна', phone: '+380501112233', counterparty: client },
  } as any);
  expect(await found(root, 'ҐАЛАҐАН', UID.contactPerson)).toEqual([person.documentId]);
  expect(await found(root, '050 111 22 33', UID.contactPerson)).toEqual([person.documentId]);
});

test('the search text itself is never sent, nor searchable by a filter', async () => {
  const list = await root.get(`${cm(UID.counterparty)}?page=1&pageSize=5`);
  for (const row of list.body.results) expect(row).not.toHaveProperty('searchText');
  const probe = await staff.manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5&filters[searchText][$contains]=a`);
  expect(probe.status).toBe(400);
});

test('the access columns are neither sent nor usable in filters, sorts or populates by staff', async () => {
  const user = String(staff.otherManager.userId);
  for (const query of [`filters[accessManagerUser][$eq]=${user}`, 'sort=accessManagerUser:ASC', `filters[counterparty][accessManagerUser][$eq]=${user}`]) {
    const uid = query.includes('[counterparty]') ? UID.interaction : UID.counterparty;
    const res = await staff.manager.get(`${cm(uid)}?page=1&pageSize=5&${query}`);
    expect(`${query}: ${res.status}`).toBe(`${query}: 400`);
  }
  const list = await staff.manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`);
  for (const row of list.body.results) expect(Object.keys(row).filter((key) => key.startsWith('access'))).toEqual([]);
});

(usesPostgres() ? test : test.skip)('PostgreSQL serves the search from a trigram index', async () => {
  const indexes = await app.strapi.db.connection.raw(`select indexname from pg_indexes where tablename = 'counterparties' and indexdef like '%gin_trgm_ops%'`);
  expect(indexes.rows.map((row: any) => row.indexname)).toEqual(['counterparties_search_text_trgm']);
});

test('a common word (more matches than are read first) is found page by page, in name order, only as visible', async () => {
  const { MATCH_FIRST_LIMIT } = await import('../../src/search/search-clause');
  const knex = app.strapi.db.connection;
  const rows = Array.from({ length: MATCH_FIRST_LIMIT + 5 }, (_, n) => {
    const name = `ТОВ «Чебрець ${String(n).padStart(4, '0')}»`;
    return { document_id: `chebrets${String(n).padStart(16, '0')}`, name, kind: 'client', search_text: name.toLowerCase(), published_at: new Date() };
  });
  // straight into the table: a thousand documents through the Document Service would take the test's minute
  for (let start = 0; start < rows.length; start += 200) await knex('counterparties').insert(rows.slice(start, start + 200));
  const page = async (session: AdminSession, n: number) => {
    const res = await session.get(`${cm(UID.counterparty)}?page=${n}&pageSize=10&sort=name:ASC&_q=${encodeURIComponent('чебрець')}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const first = await page(root, 1);
  expect(first.results.map((row: any) => row.name)).toEqual(rows.slice(0, 10).map((row) => row.name));
  expect(first.pagination.total).toBeGreaterThanOrEqual(MATCH_FIRST_LIMIT + 5);
  expect((await page(root, 101)).results.map((row: any) => row.name)).toEqual(rows.slice(1000, 1005).map((row) => row.name));
  // nobody's clients: a sales manager sees none of them, however many match
  expect((await page(staff.manager, 1)).results).toEqual([]);
  await knex('counterparties').where('document_id', 'like', 'chebrets%').delete();
});

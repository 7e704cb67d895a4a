import { startStrapi, TestApp } from '../helpers/strapi';
import { createAdminUser, loginAdmin, AdminSession } from '../helpers/admin';
import { LIST_COUNT_CAP } from '../../src/domain/lists/capped-count';

/** A panel list counts exactly up to the cap and reports cap + 1 ("more than") beyond it; paging keeps working. */
let app: TestApp;
let admin: AdminSession;
const REGION = 'api::region.region';
const LIST = `/content-manager/collection-types/${REGION}`;

beforeAll(async () => {
  app = await startStrapi();
  await createAdminUser(app.strapi, 'counts@vitrylo.test');
  admin = await loginAdmin(app, 'counts@vitrylo.test');
  const now = new Date();
  const rows = Array.from({ length: LIST_COUNT_CAP + 50 }, (_, i) => ({
    documentId: `capregion${String(i).padStart(15, '0')}`,
    name: i < 7 ? `Особливий регіон ${i}` : `Регіон ${i}`,
    createdAt: now,
    updatedAt: now,
  }));
  for (let start = 0; start < rows.length; start += 500) await app.strapi.db.query(REGION as any).createMany({ data: rows.slice(start, start + 500) });
});
afterAll(async () => {
  await app?.stop();
});

test('past the cap the list reports cap + 1, and the last reachable page still answers', async () => {
  const first = await admin.get(`${LIST}?page=1&pageSize=10`);
  expect(first.status).toBe(200);
  expect(first.body.pagination).toMatchObject({ total: LIST_COUNT_CAP + 1, page: 1, pageSize: 10 });
  expect(first.body.results).toHaveLength(10);
  const last = await admin.get(`${LIST}?page=${Math.ceil((LIST_COUNT_CAP + 1) / 10)}&pageSize=10`);
  expect(last.status).toBe(200);
  expect(last.body.results.length).toBeGreaterThan(0);
});

test('a filtered list under the cap is counted exactly', async () => {
  const res = await admin.get(`${LIST}?page=1&pageSize=10&filters[$and][0][name][$startsWith]=${encodeURIComponent('Особливий')}`);
  expect(res.body.pagination.total).toBe(7);
  const searched = await admin.get(`${LIST}?page=1&pageSize=10&_q=${encodeURIComponent('Особливий регіон 3')}`);
  expect(searched.body.pagination.total).toBe(1);
});

test('counts asked for outside the panel list stay exact', async () => {
  expect(await app.strapi.documents(REGION as any).count({})).toBe(LIST_COUNT_CAP + 50);
});

describe('a count over the cap is remembered for a minute; one under it is read again on every page', () => {
  const SPECIAL = `filters[$and][0][name][$startsWith]=${encodeURIComponent('Особливий')}`;

  test('a new record shows in the exact count of the next page at once', async () => {
    expect((await admin.get(`${LIST}?page=1&pageSize=10&${SPECIAL}`)).body.pagination.total).toBe(7);
    await app.strapi.documents(REGION as any).create({ data: { name: 'Особливий регіон новий' } });
    expect((await admin.get(`${LIST}?page=2&pageSize=10&${SPECIAL}`)).body.pagination.total).toBe(8);
  });

  test('"понад 10 000" is not counted again while it is remembered, under any other filter it is', async () => {
    expect((await admin.get(`${LIST}?page=1&pageSize=10`)).body.pagination.total).toBe(LIST_COUNT_CAP + 1);
    // thousands deleted behind the list's back: within the minute the list still says "more than the cap",
    // its pages read what is there
    await app.strapi.db.connection('regions').where('document_id', 'like', 'capregion00000000000%').whereNot('name', 'like', 'Особливий%').del();
    const remaining = await app.strapi.documents(REGION as any).count({});
    expect(remaining).toBeLessThan(LIST_COUNT_CAP);
    const again = await admin.get(`${LIST}?page=2&pageSize=10&sort=name:ASC`);
    expect(again.body.pagination.total).toBe(LIST_COUNT_CAP + 1);
    expect(again.body.results).toHaveLength(10);
    // a filter never counted before is counted now, exactly
    const other = await admin.get(`${LIST}?page=1&pageSize=10&filters[$and][0][name][$startsWith]=${encodeURIComponent('Регіон')}`);
    expect(other.body.pagination.total).toBe(remaining - 8);
  });
});

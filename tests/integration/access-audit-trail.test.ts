import { startStrapi, TestApp } from '../helpers/strapi';
import { createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';

const AUDIT = '/content-manager/collection-types/api::audit-entry.audit-entry';

let app: TestApp;
let sessions: Record<Person, AdminSession>;

beforeAll(async () => {
  app = await startStrapi();
  const fixtures = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fixtures);
  // A change made through the panel, so the trail has an entry to show.
  const counterparty = fixtures.records.own.counterparty.documentId;
  const res = await sessions.manager.put(`/content-manager/collection-types/api::counterparty.counterparty/${counterparty}`, { note: 'Новий коментар' });
  expect(res.status).toBe(200);
});
afterAll(async () => { await app?.stop(); });

test('the Director reads the audit trail and cannot change it', async () => {
  const list = await sessions.director.get(`${AUDIT}?page=1&pageSize=50`);
  expect(list.status).toBe(200);
  const entry = list.body.results.find((row: any) => row.action === 'update');
  expect(entry).toBeDefined();
  expect((await sessions.director.put(`${AUDIT}/${entry.documentId}`, { actorName: 'хтось інший' })).status).toBe(403);
  expect((await sessions.director.del(`${AUDIT}/${entry.documentId}`)).status).toBe(403);
});

test.each(['manager', 'secretary', 'marketer', 'accountant'] as Person[])('%s does not see the audit trail', async (person) => {
  const res = await sessions[person].get(`${AUDIT}?page=1&pageSize=10`);
  expect(res.status).toBe(403);
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { createApiToken } from '../helpers/api-token';

/**
 * The audit trail over REST: read-only and full-access tokens grant find/findOne on every type without
 * anybody choosing the trail, so only a custom token given audit-entry find/findOne may read it.
 */
const FIND = 'api::audit-entry.audit-entry.find';
const FIND_ONE = 'api::audit-entry.audit-entry.findOne';
const LIST = '/api/audit-entries';

let app: TestApp;
let entryId: string;
beforeAll(async () => {
  app = await startStrapi();
  const created = await app.strapi.documents('api::counterparty.counterparty' as any).create({ data: { name: 'Для журналу', kind: 'client' } as any });
  const entry = await app.strapi.db.query('api::audit-entry.audit-entry' as any).findOne({ where: { targetDocumentId: created.documentId } });
  entryId = entry.documentId;
});
afterAll(async () => { await app?.stop(); });

function expectRefused(res: any) {
  expect(res.status).toBe(403);
  expect(res.body.data).toBeNull();
  expect(JSON.stringify(res.body)).not.toContain('Для журналу');
}

test.each(['read-only', 'full-access'] as const)('a %s token gets 403 on the list and on one entry, naming the rule', async (type) => {
  const token = await createApiToken(app, type);
  const list = await token.get(LIST);
  expectRefused(list);
  expect(list.body.error).toMatchObject({ name: 'PolicyError', message: expect.stringMatching(/custom API token/) });
  expectRefused(await token.get(`${LIST}/${entryId}`));
  expectRefused(await token.get(`${LIST}?filters[targetLabel][$eq]=Для журналу`));
  // Everything else such a token could read stays readable.
  expect((await token.get('/api/counterparties')).status).toBe(200);
});

test('a custom token granted audit-entry find and findOne reads the trail', async () => {
  const token = await createApiToken(app, 'custom', [FIND, FIND_ONE]);
  const list = await token.get(LIST);
  expect(list.status).toBe(200);
  expect(list.body.data.map((e: any) => e.targetLabel)).toContain('Для журналу');
  const one = await token.get(`${LIST}/${entryId}`);
  expect(one.status).toBe(200);
  expect(one.body.data).toMatchObject({ documentId: entryId, action: 'create', targetUid: 'api::counterparty.counterparty' });
});

test('a custom token gets exactly the actions it was given', async () => {
  const listOnly = await createApiToken(app, 'custom', [FIND]);
  expect((await listOnly.get(LIST)).status).toBe(200);
  expect((await listOnly.get(`${LIST}/${entryId}`)).status).toBe(403);
  const oneOnly = await createApiToken(app, 'custom', [FIND_ONE]);
  expect((await oneOnly.get(`${LIST}/${entryId}`)).status).toBe(200);
  expect((await oneOnly.get(LIST)).status).toBe(403);
});

test('a custom token without audit-entry permissions gets 403', async () => {
  const token = await createApiToken(app, 'custom', ['api::counterparty.counterparty.find', 'api::counterparty.counterparty.findOne']);
  expect((await token.get('/api/counterparties')).status).toBe(200);
  expectRefused(await token.get(LIST));
  expectRefused(await token.get(`${LIST}/${entryId}`));
});

test('without a token it stays 401', async () => {
  expect((await app.http.get(LIST)).status).toBe(401);
});

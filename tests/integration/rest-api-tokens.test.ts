import { startStrapi, TestApp } from '../helpers/strapi';
import { createApiToken, revokeApiToken } from '../helpers/api-token';
import { createSuperAdminSession } from '../helpers/admin';

const LOOKUP_ACTION = 'api::counterparty.counterparty.lookup';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
  await app.strapi.documents('api::counterparty.counterparty' as any).create({ data: { name: 'Клієнт', kind: 'client', phone: '0671234567' } as any });
});
afterAll(async () => { await app?.stop(); });

describe('read-only token', () => {
  test('can list and read counterparties, cannot create, update or delete', async () => {
    const token = await createApiToken(app, 'read-only');
    const list = await token.get('/api/counterparties');
    expect(list.status).toBe(200);
    expect(list.body.data.map((c: any) => c.name)).toContain('Клієнт');
    const id = list.body.data[0].documentId;
    expect((await token.get(`/api/counterparties/${id}`)).status).toBe(200);
    expect((await token.post('/api/counterparties', { data: { name: 'Новий', kind: 'client' } })).status).toBe(403);
    expect((await token.put(`/api/counterparties/${id}`, { data: { name: 'Змінений' } })).status).toBe(403);
    expect((await token.del(`/api/counterparties/${id}`)).status).toBe(403);
    expect(await app.strapi.db.query('api::counterparty.counterparty').count()).toBe(1);
  });

  test('does not reach the lookup, which is not a find action', async () => {
    const token = await createApiToken(app, 'read-only');
    expect((await token.get('/api/counterparties/lookup?phone=0671234567')).status).toBe(403);
  });
});

describe('full-access token', () => {
  test('can create through the REST API, and the document middlewares still apply', async () => {
    const token = await createApiToken(app, 'full-access');
    const res = await token.post('/api/contact-persons', { data: { fullName: 'Через API', phone: '(050) 765-43-21' } });
    expect(res.status).toBe(201);
    expect(res.body.data.phone).toBe('+380507654321');
    expect((await token.post('/api/contact-persons', { data: { fullName: 'Поганий', phone: 'nope' } })).status).toBe(400);
  });

  test('REST writes get the same identifier validation and totals as the panel', async () => {
    const token = await createApiToken(app, 'full-access');
    const bad = await token.post('/api/counterparties', { data: { name: 'API-клієнт', kind: 'client', edrpou: '14360571' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('ЄДРПОУ: контрольна цифра не збігається');
    expect(bad.body.error.details.errors[0].path).toEqual(['edrpou']);
    const good = await token.post('/api/counterparties', { data: { name: 'API-клієнт', kind: 'client', edrpou: '14360570' } });
    expect(good.status).toBe(201);
    const invoice = await token.post('/api/invoices', {
      data: { number: 'API-1', date: '2026-04-01', counterparty: good.body.data.documentId, total: '1.00', lines: [{ description: 'Послуга', quantity: 2, price: '50.00', vatRate: 20 }] },
    });
    expect(invoice.status).toBe(201);
    expect(Number(invoice.body.data.total)).toBe(120);
  });
});

describe('revoked and unknown tokens', () => {
  test('a deleted token is refused with 401', async () => {
    const token = await createApiToken(app, 'read-only');
    expect((await token.get('/api/counterparties')).status).toBe(200);
    await revokeApiToken(app, token.id);
    const res = await token.get('/api/counterparties');
    expect(res.status).toBe(401);
  });

  test('a made-up token is refused with 401', async () => {
    const res = await app.http.get('/api/counterparties').set('Authorization', `Bearer ${'f'.repeat(256)}`);
    expect(res.status).toBe(401);
  });
});

describe('custom token with only the lookup', () => {
  test('can call the lookup and nothing else', async () => {
    const token = await createApiToken(app, 'custom', [LOOKUP_ACTION]);
    const hit = await token.get('/api/counterparties/lookup?phone=+380671234567');
    expect(hit.status).toBe(200);
    expect(hit.body.data.counterparty.name).toBe('Клієнт');
    for (const url of ['/api/counterparties', '/api/contact-persons', '/api/interactions', '/api/inbound-requests', '/api/employees', '/api/users']) {
      expect([url, (await token.get(url)).status]).toEqual([url, 403]);
    }
    expect((await token.post('/api/counterparties', { data: { name: 'X', kind: 'client' } })).status).toBe(403);
  });

  test('the lookup is offered in the admin token editor and can be granted through the admin API', async () => {
    const admin = await createSuperAdminSession(app);
    const actions = await admin.get('/admin/content-api/permissions');
    expect(actions.status).toBe(200);
    expect(JSON.stringify(actions.body)).toContain('"lookup"');
    const created = await admin.post('/admin/api-tokens', {
      name: 'Телефонія',
      description: 'Caller ID',
      type: 'custom',
      kind: 'content-api',
      lifespan: null,
      permissions: [LOOKUP_ACTION],
    });
    expect(created.status).toBe(201);
    const accessKey = created.body.data.accessKey;
    const bearer = (req: any) => req.set('Authorization', `Bearer ${accessKey}`);
    expect((await bearer(app.http.get('/api/counterparties/lookup?phone=0671234567'))).status).toBe(200);
    expect((await bearer(app.http.get('/api/counterparties'))).status).toBe(403);
  });
});

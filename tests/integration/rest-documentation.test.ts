import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, createAdminUser, createSuperAdminSession, loginAdmin } from '../helpers/admin';
import { createApiToken } from '../helpers/api-token';

let app: TestApp;
let admin: AdminSession;
beforeAll(async () => {
  app = await startStrapi();
  admin = await createSuperAdminSession(app);
});
afterAll(async () => { await app?.stop(); });

const PAGES = ['/documentation', '/documentation/v1.0.0', '/documentation/openapi.json'];

describe('anonymous and non-admin callers', () => {
  test.each(PAGES)('GET %s is 401 without an admin session', async (url) => {
    const res = await app.http.get(url);
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('"openapi"');
  });

  test('the shared-password login of the plugin is gone', async () => {
    expect((await app.http.get('/documentation/login')).status).toBe(404);
    expect([404, 405]).toContain((await app.http.post('/documentation/login').send({ password: 'x' })).status);
  });

  test('an API token, a forged cookie or a garbage bearer do not open it', async () => {
    const token = await createApiToken(app, 'full-access');
    expect((await token.get('/documentation/openapi.json')).status).toBe(401);
    expect((await app.http.get('/documentation/openapi.json').set('Cookie', 'jwtToken=forged.jwt.value')).status).toBe(401);
    expect((await app.http.get('/documentation/openapi.json').set('Authorization', 'Bearer nope')).status).toBe(401);
  });

  test('an admin without the "Access the Documentation" permission gets 403', async () => {
    await createAdminUser(app.strapi, 'author@vitrylo.test', ['strapi-author']);
    const author = await loginAdmin(app, 'author@vitrylo.test');
    expect((await author.get('/documentation/openapi.json')).status).toBe(403);
  });
});

describe('admins', () => {
  test('fetch the OpenAPI JSON of the content API, custom routes included', async () => {
    const res = await admin.get('/documentation/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.title).toBe('Vitrylo CRM REST API');
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/counterparties', '/counterparties/{id}', '/counterparties/lookup', '/inbound-requests/web']));
    expect(paths.some((p) => p.startsWith('/users') || p.startsWith('/auth/'))).toBe(false);
    expect(res.body.paths['/inbound-requests/web'].post.security).toEqual([]);
    expect(res.body.paths['/counterparties/lookup'].get.parameters[0].name).toBe('phone');
    expect(res.body.info).not.toHaveProperty('termsOfService');
  });

  test('open the Swagger UI with the bearer header or with the admin panel cookie', async () => {
    const page = await admin.get('/documentation/v1.0.0');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    const viaCookie = await app.http.get('/documentation/openapi.json').set('Cookie', `jwtToken=${admin.token}`);
    expect(viaCookie.status).toBe(200);
  });

  test('a logged-out session no longer opens it', async () => {
    const other = await createSuperAdminSession(app, 'leaver@vitrylo.test');
    expect((await other.get('/documentation/openapi.json')).status).toBe(200);
    await other.post('/admin/logout', {});
    expect((await other.get('/documentation/openapi.json')).status).toBe(401);
  });
});

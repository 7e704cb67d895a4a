import { suiteWithSuperAdmin } from '../helpers/suite';
import { createAdminUser, createSuperAdminSession, loginAdmin } from '../helpers/admin';
import { createApiToken } from '../helpers/api-token';

const suite = suiteWithSuperAdmin();

const PAGES = ['/documentation', '/documentation/v1.0.0', '/documentation/openapi.json'];

describe('anonymous and non-admin callers', () => {
  test.each(PAGES)('GET %s is 401 without an admin session', async (url) => {
    const res = await suite.app.http.get(url);
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('"openapi"');
  });

  test('the shared-password login of the plugin is gone', async () => {
    expect((await suite.app.http.get('/documentation/login')).status).toBe(404);
    expect([404, 405]).toContain((await suite.app.http.post('/documentation/login').send({ password: 'x' })).status);
  });

  test('an API token, a forged cookie or a garbage bearer do not open it', async () => {
    const token = await createApiToken(suite.app, 'full-access');
    expect((await token.get('/documentation/openapi.json')).status).toBe(401);
    expect((await suite.app.http.get('/documentation/openapi.json').set('Cookie', 'jwtToken=forged.jwt.value')).status).toBe(401);
    expect((await suite.app.http.get('/documentation/openapi.json').set('Authorization', 'Bearer nope')).status).toBe(401);
  });

  test('an admin without the "Access the Documentation" permission gets 403', async () => {
    await createAdminUser(suite.app.strapi, 'author@vitrylo.test', ['strapi-author']);
    const author = await loginAdmin(suite.app, 'author@vitrylo.test');
    expect((await author.get('/documentation/openapi.json')).status).toBe(403);
  });
});

describe('admins', () => {
  test('fetch the OpenAPI JSON of the content API, custom routes included', async () => {
    const res = await suite.admin.get('/documentation/openapi.json');
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
    const page = await suite.admin.get('/documentation/v1.0.0');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    expect(page.text).toContain('"title":"Vitrylo CRM REST API"');
    expect((await suite.admin.get('/documentation/v9.9.9')).status).toBe(404);
    const viaCookie = await suite.app.http.get('/documentation/openapi.json').set('Cookie', `jwtToken=${suite.admin.token}`);
    expect(viaCookie.status).toBe(200);
  });

  test('stay whole while the document is generated again (as every process of one checkout does at boot)', async () => {
    const docs = suite.app.strapi.plugin('documentation').service('documentation');
    const regenerations = Array.from({ length: 4 }, () => docs.generateFullDoc());
    const reads = Array.from({ length: 12 }, (_, i) => suite.admin.get(i % 2 ? '/documentation/openapi.json' : '/documentation/v1.0.0'));
    const [, responses] = await Promise.all([Promise.all(regenerations), Promise.all(reads)]);
    expect(responses.map((res: any) => res.status)).toEqual(reads.map(() => 200));
    const versions = docs.getDocumentationVersions().map((entry: any) => entry.version);
    expect(versions).toEqual(['1.0.0']);
  });

  test('a logged-out session no longer opens it', async () => {
    const other = await createSuperAdminSession(suite.app, 'leaver@vitrylo.test');
    expect((await other.get('/documentation/openapi.json')).status).toBe(200);
    await other.post('/admin/logout', {});
    expect((await other.get('/documentation/openapi.json')).status).toBe(401);
  });
});

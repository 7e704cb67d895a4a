import { suiteWithSuperAdmin } from '../helpers/suite';
import { TEST_PASSWORD } from '../helpers/admin';
import { createApiToken } from '../helpers/api-token';

/**
 * CORS: the admin panel and the REST API answer with credentials only to PUBLIC_URL's origin and
 * CORS_ORIGINS; the website form answers every origin with "*" and without credentials.
 */
const OWN = 'https://crm.example.ua';
const PARTNER = 'https://example.ua';
const EVIL = 'https://evil.example';
const WEB_FORM = '/api/inbound-requests/web';

process.env.PUBLIC_URL = `${OWN}/`;
process.env.CORS_ORIGINS = `${PARTNER}, https://partner.example.ua`;
const suite = suiteWithSuperAdmin();
afterAll(() => {
  delete process.env.PUBLIC_URL;
  delete process.env.CORS_ORIGINS;
});

const preflight = (url: string, origin: string, method = 'POST') =>
  suite.app.http.options(url).set('Origin', origin).set('Access-Control-Request-Method', method).set('Access-Control-Request-Headers', 'content-type,authorization');

function expectNoCors(res: any) {
  expect(res.headers['access-control-allow-origin'] ?? '').toBe('');
  expect(res.headers['access-control-allow-credentials']).toBeUndefined();
}

function expectCredentialed(res: any, origin: string) {
  expect(res.headers['access-control-allow-origin']).toBe(origin);
  expect(res.headers['access-control-allow-credentials']).toBe('true');
}

function expectPublic(res: any) {
  expect(res.headers['access-control-allow-origin']).toBe('*');
  expect(res.headers['access-control-allow-credentials']).toBeUndefined();
}

describe('admin panel and REST API', () => {
  test('a foreign origin gets no Access-Control-Allow-Origin on the /admin/login preflight', async () => {
    expectNoCors(await preflight('/admin/login', EVIL));
  });

  test('nor on the login itself, even when the login succeeds', async () => {
    const res = await suite.app.http.post('/admin/login').set('Origin', EVIL).send({ email: 'root@vitrylo.test', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expectNoCors(res);
  });

  test('nor on the REST API, preflight or request', async () => {
    const token = await createApiToken(suite.app, 'read-only');
    expectNoCors(await preflight('/api/counterparties', EVIL, 'GET'));
    const res = await token.get('/api/counterparties').set('Origin', EVIL);
    expect(res.status).toBe(200);
    expectNoCors(res);
    expectNoCors(await preflight('/api/inbound-requests', EVIL));
  });

  test('look-alike origins are foreign too', async () => {
    for (const origin of ['http://crm.example.ua', 'https://crm.example.ua:8443', 'https://crm.example.ua.evil.example', 'https://sub.example.ua', 'null']) {
      expectNoCors(await preflight('/admin/login', origin));
    }
  });

  test("PUBLIC_URL's origin gets the preflight answered with credentials", async () => {
    const res = await preflight('/admin/login', OWN);
    expect(res.status).toBe(204);
    expectCredentialed(res, OWN);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
  });

  test('an origin from CORS_ORIGINS gets credentialed answers on the admin and the REST API', async () => {
    const login = await suite.app.http.post('/admin/login').set('Origin', PARTNER).send({ email: 'root@vitrylo.test', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expectCredentialed(login, PARTNER);
    expectCredentialed(await preflight('/api/counterparties', 'https://partner.example.ua', 'GET'), 'https://partner.example.ua');
    const token = await createApiToken(suite.app, 'read-only');
    expectCredentialed(await token.get('/api/counterparties').set('Origin', PARTNER), PARTNER);
  });
});

describe('the website form', () => {
  const form = { name: 'CORS', email: 'cors@example.com', consent: true };

  test.each([EVIL, OWN, 'null'])('its preflight from %s gets "*" without credentials', async (origin) => {
    const res = await preflight(WEB_FORM, origin);
    expect(res.status).toBe(204);
    expectPublic(res);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('content-type');
  });

  test('the preflight of the path written another way is answered the same', async () => {
    expectPublic(await preflight(`${WEB_FORM}/`, EVIL));
    expectPublic(await preflight('/api/Inbound-Requests/WEB', EVIL));
  });

  test('a post from any origin gets "*" without credentials, errors included', async () => {
    await suite.app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
    const created = await suite.app.http.post(WEB_FORM).set('Origin', EVIL).send(form);
    expect(created.status).toBe(201);
    expectPublic(created);
    const fromOwn = await suite.app.http.post(WEB_FORM).set('Origin', OWN).send(form);
    expect(fromOwn.status).toBe(201);
    expectPublic(fromOwn);
    const invalid = await suite.app.http.post(WEB_FORM).set('Origin', EVIL).send({ ...form, consent: false });
    expect(invalid.status).toBe(400);
    expectPublic(invalid);
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { lockPublicRole } from '../../src/rest-api/lock-public-role';

let app: TestApp;
beforeAll(async () => { app = await startStrapi(); });
afterAll(async () => { await app?.stop(); });

const PUBLIC_ROUTE = 'POST /api/inbound-requests/web';

/** Every content-API route (content types, users-permissions, upload, i18n, custom ones) as "METHOD /path". */
function contentApiRoutes(): string[] {
  const layers = (app.strapi.server as any).api('content-api').listRoutes();
  const routes = new Set<string>();
  for (const layer of layers) {
    for (const method of layer.methods) if (method !== 'HEAD') routes.add(`${method} ${layer.path}`);
  }
  return [...routes];
}

/** A concrete URL for a route pattern: parameters and wildcards get placeholder values. */
const concrete = (path: string) => path.replace(/\(\.\*\)/g, 'google').replace(/:[A-Za-z_]+(\([^)]*\))?/g, '1');

async function anonymous(route: string) {
  const [method, path] = route.split(' ');
  const req = (app.http as any)[method.toLowerCase()](concrete(path));
  return method === 'GET' || method === 'DELETE' ? req : req.send({ data: {} });
}

describe('anonymous callers', () => {
  test('the route list covers every content type, users-permissions and the custom routes', () => {
    const routes = contentApiRoutes();
    for (const ct of Object.values(app.strapi.contentTypes) as any[]) {
      if (!ct.uid.startsWith('api::')) continue;
      expect(routes).toContain(`GET /api/${ct.info.pluralName}`);
      // The audit log is read-only over REST too: it has no write routes at all.
      if (ct.uid !== 'api::audit-entry.audit-entry') expect(routes).toContain(`POST /api/${ct.info.pluralName}`);
    }
    for (const route of [
      'POST /api/auth/local',
      'POST /api/auth/local/register',
      'POST /api/auth/forgot-password',
      'GET /api/users/me',
      'GET /api/users-permissions/roles',
      'GET /api/counterparties/lookup',
      PUBLIC_ROUTE,
    ]) {
      expect(routes).toContain(route);
    }
  });

  test('get 401 or 403 from every content-API route but the website form', async () => {
    const answered: Record<string, number> = {};
    for (const route of contentApiRoutes()) {
      if (route === PUBLIC_ROUTE) continue;
      answered[route] = (await anonymous(route)).status;
    }
    const open = Object.entries(answered).filter(([, status]) => status !== 401 && status !== 403);
    expect(open).toEqual([]);
    expect(Object.keys(answered).length).toBeGreaterThan(150);
  });

  test('cannot register, log in or ask for a password reset', async () => {
    const register = await app.http.post('/api/auth/local/register').send({ username: 'intruder', email: 'i@example.com', password: 'Passw0rd!x' });
    expect([401, 403]).toContain(register.status);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
    expect([401, 403]).toContain((await app.http.post('/api/auth/local').send({ identifier: 'a', password: 'b' })).status);
    expect([401, 403]).toContain((await app.http.post('/api/auth/forgot-password').send({ email: 'a@b.ua' })).status);
  });

  test('may post the website form', async () => {
    const res = await app.http.post('/api/inbound-requests/web').send({ email: 'client@example.com', consent: true });
    expect(res.status).toBe(201);
  });
});

describe('first-boot lock of the Public role', () => {
  const publicRole = () => app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });

  test('Public has no permission left and registration is off', async () => {
    expect((await publicRole()).permissions).toEqual([]);
    const advanced: any = await app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' }).get({});
    expect(advanced.allow_register).toBe(false);
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, populate: ['permissions'] });
    expect(authenticated.permissions.length).toBeGreaterThan(0);
  });

  test('runs once: a permission an admin grants later to Public stays', async () => {
    const role = await publicRole();
    const granted = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::lead-source.lead-source.find', role: role.id } });
    expect(await lockPublicRole(app.strapi)).toBe(false);
    expect((await publicRole()).permissions.map((p: any) => p.action)).toEqual(['api::lead-source.lead-source.find']);
    expect((await app.http.get('/api/lead-sources')).status).toBe(200);
    await app.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: granted.id } });
    expect([401, 403]).toContain((await app.http.get('/api/lead-sources')).status);
  });
});

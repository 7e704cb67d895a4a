/**
 * Strapi in this file's own registry (see tests/helpers/strapi-environment.js): a test below moves the server's
 * clock with Jest's fake Date.
 *
 * @jest-environment node
 */
import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession, loginAdmin } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures } from '../helpers/access-fixtures';
import { createApiToken } from '../helpers/api-token';
import { startSecondProcess } from '../helpers/second-process-client';
import { ROLE_CODE } from '../../src/access/roles';
import { CM_ACTION, UID } from '../../src/access/uids';

/**
 * Who a caller is, kept between requests (src/access/cached-authentication.ts): every change of what rights
 * are built from must reach the very next request, in this process and in another one on the same database.
 */
let app: TestApp;
let root: AdminSession;
let fx: AccessFixtures;

beforeAll(async () => {
  app = await startStrapi();
  root = await createSuperAdminSession(app);
  fx = await createAccessFixtures(app.strapi);
});
afterAll(async () => {
  await app?.stop();
});

const visibleCounterparties = async (session: AdminSession): Promise<string[]> => {
  const res = await session.get(`${cm(UID.counterparty)}?page=1&pageSize=100&filters[name][$contains]=ACCFIX`);
  expect(res.status).toBe(200);
  return res.body.results.map((row: any) => row.documentId).sort();
};
const records = (...scopes: Array<'own' | 'department' | 'other'>) => scopes.map((scope) => fx.records[scope].counterparty.documentId).sort();

/** The same request twice, so the second surely comes from what was kept. */
const twice = async (request: () => Promise<any>) => {
  await request();
  return request();
};

/** The SQL a request sends. */
async function queriesOf(request: () => Promise<any>): Promise<string[]> {
  const sent: string[] = [];
  const listen = (query: { sql: string }) => sent.push(query.sql);
  app.strapi.db.connection.on('query', listen);
  try {
    await request();
  } finally {
    app.strapi.db.connection.off('query', listen);
  }
  return sent;
}

describe('a panel login', () => {
  test('once known, who it is costs one query: its session with the generation, no user, role or permission reads', async () => {
    const manager = await loginAdmin(app, fx.emails.manager);
    const list = () => manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`);
    const first = await queriesOf(list);
    expect(first.some((sql) => /admin_permissions/.test(sql))).toBe(true);
    const kept = await queriesOf(list);
    expect(kept.filter((sql) => /vitrylo_access_generation/.test(sql))).toHaveLength(1);
    expect(kept.filter((sql) => /admin_permissions|admin_roles|"admin_users"|strapi_sessions/.test(sql) && !/vitrylo_access_generation/.test(sql))).toEqual([]);
  });

  test('a role losing a right is refused at its next request, and served again when it is back', async () => {
    const manager = await loginAdmin(app, fx.emails.manager);
    expect((await twice(() => manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`))).status).toBe(200);
    const roleService: any = app.strapi.service('admin::role');
    const role: any = await app.strapi.db.query('admin::role').findOne({ where: { code: ROLE_CODE.salesManager } });
    const before: any[] = await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } });
    const asGiven = (permission: any) => ({ action: permission.action, subject: permission.subject, properties: permission.properties, conditions: permission.conditions });
    try {
      await roleService.assignPermissions(role.id, before.filter((p) => !(p.action === CM_ACTION.read && p.subject === UID.counterparty)).map(asGiven));
      expect((await manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`)).status).toBe(403);
    } finally {
      await roleService.assignPermissions(role.id, before.map(asGiven));
    }
    expect((await manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`)).status).toBe(200);
  });

  test('an employee card moved to another department changes what its login sees at once', async () => {
    const colleague = await loginAdmin(app, fx.emails.colleague);
    expect(await twice(() => visibleCounterparties(colleague))).toEqual(records('own', 'department'));
    const employees = app.strapi.documents(UID.employee as any) as any;
    try {
      await employees.update({ documentId: fx.employees.colleague.documentId, data: { department: fx.departments.sales2.documentId } });
      // his own clients stay (he is their manager); the department's are the other department's now
      expect(await visibleCounterparties(colleague)).toEqual(records('department', 'other'));
    } finally {
      await employees.update({ documentId: fx.employees.colleague.documentId, data: { department: fx.departments.sales1.documentId } });
    }
    expect(await visibleCounterparties(colleague)).toEqual(records('own', 'department'));
  });

  test('a session that ended is refused at once, though the login was kept', async () => {
    const secretary = await loginAdmin(app, fx.emails.secretary);
    expect((await twice(() => secretary.get(`${cm(UID.counterparty)}?page=1&pageSize=5`))).status).toBe(200);
    await app.strapi.db.query('admin::session').deleteMany({ where: { userId: String(secretary.userId) } });
    expect((await secretary.get(`${cm(UID.counterparty)}?page=1&pageSize=5`)).status).toBe(401);
  });

  test('a session past its expiry is refused and removed, as Strapi does', async () => {
    const marketer = await loginAdmin(app, fx.emails.marketer);
    expect((await twice(() => marketer.get(`${cm(UID.counterparty)}?page=1&pageSize=5`))).status).toBe(200);
    const sessions = app.strapi.db.query('admin::session');
    await sessions.updateMany({ where: { userId: String(marketer.userId) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await marketer.get(`${cm(UID.counterparty)}?page=1&pageSize=5`)).status).toBe(401);
    expect(await sessions.count({ where: { userId: String(marketer.userId) } })).toBe(0);
  });

  test('a deactivated login is refused at once', async () => {
    const accountant = await loginAdmin(app, fx.emails.accountant);
    expect((await twice(() => accountant.get(`${cm(UID.invoice)}?page=1&pageSize=5`))).status).toBe(200);
    await app.strapi.service('admin::user').updateById(accountant.userId, { isActive: false });
    try {
      expect((await accountant.get(`${cm(UID.invoice)}?page=1&pageSize=5`)).status).toBe(401);
    } finally {
      await app.strapi.service('admin::user').updateById(accountant.userId, { isActive: true });
    }
  });

  test('a made-up or tampered token is refused as before', async () => {
    const manager = await loginAdmin(app, fx.emails.manager);
    await manager.get(`${cm(UID.counterparty)}?page=1&pageSize=5`);
    const [header, payload, signature] = manager.token.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const token of [tampered, 'not-a-token', `${header}.${payload}.`]) {
      expect((await app.http.get(`${cm(UID.counterparty)}?page=1&pageSize=5`).set('Authorization', `Bearer ${token}`)).status).toBe(401);
    }
  });

  test('a change made by another process on the same database reaches this one at the next request', async () => {
    const otherManager = await loginAdmin(app, fx.emails.otherManager);
    expect(await twice(() => visibleCounterparties(otherManager))).toEqual(records('other'));
    const second = await startSecondProcess();
    try {
      second.send({ update: UID.employee, documentId: fx.employees.otherManager.documentId, data: { department: fx.departments.sales1.documentId } });
      await second.nextReply();
      expect(await visibleCounterparties(otherManager)).toEqual(records('own', 'department', 'other'));
      second.send({ update: UID.employee, documentId: fx.employees.otherManager.documentId, data: { department: fx.departments.sales2.documentId } });
      await second.nextReply();
      expect(await visibleCounterparties(otherManager)).toEqual(records('other'));
    } finally {
      second.stop();
    }
  }, 120_000);
});

describe('an API token', () => {
  test('once known, a token costs one query: the generation', async () => {
    const token = await createApiToken(app, 'read-only');
    const list = () => token.get('/api/counterparties?pagination[pageSize]=1');
    // the first use writes its last-used time (a token write moves the generation), the second is read again
    await list();
    await list();
    const kept = await queriesOf(list);
    expect(kept.filter((sql) => /vitrylo_access_generation/.test(sql))).toHaveLength(1);
    expect(kept.filter((sql) => /strapi_api_token|admin_permissions|"admin_users"/.test(sql))).toEqual([]);
  });

  test('a permission taken from a token is refused at its next request', async () => {
    await app.strapi.documents(UID.counterparty as any).create({ data: { name: 'Дзвінок', kind: 'client', phone: '0671112233' } as any });
    const token = await createApiToken(app, 'custom', ['api::counterparty.counterparty.lookup']);
    for (let i = 0; i < 3; i += 1) expect((await token.get('/api/counterparties/lookup?phone=0671112233')).status).toBe(200);
    await app.strapi.service('admin::api-token').update(token.id, { permissions: ['api::counterparty.counterparty.find'] });
    expect((await token.get('/api/counterparties/lookup?phone=0671112233')).status).toBe(403);
    expect((await token.get('/api/counterparties')).status).toBe(200);
  });

  test('a token that expires while it is kept is refused from then on', async () => {
    const created: any = await app.strapi.service('admin::api-token').create({ name: 'expiring', description: '', kind: 'content-api', type: 'read-only', lifespan: 7 * 24 * 3600 * 1000 });
    const get = () => app.http.get('/api/counterparties').set('Authorization', `Bearer ${created.accessKey}`);
    for (let i = 0; i < 3; i += 1) expect((await get()).status).toBe(200);
    // only the clock moves (nothing is written): eight days later
    jest.useFakeTimers({ doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'], now: Date.now() + 8 * 24 * 3600 * 1000 });
    try {
      expect((await get()).status).toBe(401);
    } finally {
      jest.useRealTimers();
    }
  });
});

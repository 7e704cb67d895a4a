import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createAdminUser, createSuperAdminSession, loginAdmin, TEST_PASSWORD } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures } from '../helpers/access-fixtures';
import { ensureRoles } from '../../src/access/ensure-roles';
import { ensureDemoLogins } from '../../src/seed/demo-logins';
import { applyRoleAdditions } from '../../src/access/role-additions';
import { CONDITION, conditionId } from '../../src/access/conditions';
import { ROLE_CODE, ROLES } from '../../src/access/roles';
import { CM_ACTION, UID } from '../../src/access/uids';

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

const roleByCode = (code: string) => app.strapi.db.query('admin::role').findOne({ where: { code } });
const permissionsOf = (roleId: number) => app.strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } });

/** A role made in a test the way an administrator would make it in Settings → Roles. */
async function makeRole(name: string, permissions: Array<Record<string, unknown>>) {
  const roleService: any = app.strapi.service('admin::role');
  const role = await roleService.create({ name, description: 'test' });
  await roleService.assignPermissions(role.id, permissions);
  return role;
}

describe('roles created at bootstrap', () => {
  test('the five staff roles exist, with permissions and Ukrainian names', async () => {
    for (const definition of ROLES) {
      const role: any = await roleByCode(definition.code);
      expect(role).toMatchObject({ code: definition.code, name: definition.name });
      expect((await permissionsOf(role.id)).length).toBeGreaterThan(10);
    }
  });

  test('the Roles UI can open and save them unchanged', async () => {
    const role: any = await roleByCode(ROLE_CODE.salesManager);
    const opened = await root.get(`/admin/roles/${role.id}/permissions`);
    expect(opened.status).toBe(200);
    const permissions = opened.body.data.map(({ action, subject, properties, conditions }: any) => ({ action, subject, properties, conditions }));
    const saved = await root.put(`/admin/roles/${role.id}/permissions`, { permissions });
    expect(saved.status).toBe(200);
    const after = await permissionsOf(role.id);
    expect(after).toHaveLength(permissions.length);
    const read = after.find((p: any) => p.action === CM_ACTION.read && p.subject === UID.counterparty);
    expect(read.conditions).toEqual([conditionId('responsible'), conditionId('department')]);
  });

  test('an administrator\'s later edits survive the next boot; a missing role is created', async () => {
    const director: any = await roleByCode(ROLE_CODE.director);
    const before = await permissionsOf(director.id);
    const edited = before.filter((p: any) => !(p.action === CM_ACTION.update && p.subject === UID.complaint));
    await (app.strapi.service('admin::role') as any).assignPermissions(director.id, edited);
    await (app.strapi.service('admin::role') as any).update({ id: director.id }, { name: 'Генеральний директор' });

    const missing = { code: 'vitrylo-test-missing', name: 'Відсутня роль', description: '', grants: [{ subjects: [UID.product], actions: ['read' as const] }] };

    const result = await ensureRoles(app.strapi, [...ROLES, missing]);
    expect(result.created).toEqual([missing.code]);
    expect(result.kept).toEqual(ROLES.map((r) => r.code));
    const after: any = await roleByCode(ROLE_CODE.director);
    expect(after.name).toBe('Генеральний директор');
    expect(await permissionsOf(director.id)).toHaveLength(edited.length);
    expect(await permissionsOf(((await roleByCode(missing.code)) as any).id)).toHaveLength(1);
  });

  test('a role an administrator made with the same name is taken as is', async () => {
    const role = await makeRole('Тестова роль', []);
    const result = await ensureRoles(app.strapi, [{ code: 'vitrylo-test', name: 'Тестова роль', description: '', grants: [{ subjects: [UID.product], actions: ['read'] }] }]);
    expect(result).toEqual({ created: [], kept: ['vitrylo-test'] });
    expect(await permissionsOf(role.id)).toHaveLength(0);
  });
});

describe('rights added to existing roles by a later version', () => {
  test('an addition is applied once, adds only what is missing, and stays removed if the administrator removes it', async () => {
    const secretary: any = await roleByCode(ROLE_CODE.secretary);
    const before = await permissionsOf(secretary.id);
    const addition = {
      id: 'test-secretary-reads-refusals',
      roleCode: ROLE_CODE.secretary,
      grants: [{ subjects: [UID.refusal, UID.counterparty], actions: ['read' as const] }],
      pluginActions: ['plugin::upload.read'],
    };
    expect(await applyRoleAdditions(app.strapi, [addition])).toEqual([addition.id]);
    const after = await permissionsOf(secretary.id);
    expect(after).toHaveLength(before.length + 2);
    const refusals = after.find((p: any) => p.subject === UID.refusal);
    expect(refusals.properties.fields).toContain('comment');
    expect(refusals.properties.fields).not.toContain('lostAmount');

    await (app.strapi.service('admin::role') as any).assignPermissions(secretary.id, before);
    expect(await applyRoleAdditions(app.strapi, [addition])).toEqual([]);
    expect(await permissionsOf(secretary.id)).toHaveLength(before.length);
  });
});

describe('ownership conditions', () => {
  test('the Roles UI offers the four Vitrylo conditions', async () => {
    const res = await root.get('/admin/permissions');
    expect(res.status).toBe(200);
    const vitrylo = res.body.data.conditions.filter((c: any) => c.category === 'Vitrylo');
    expect(vitrylo.map((c: any) => c.id).sort()).toEqual(Object.values(CONDITION).map((name) => `api::${name}`).sort());
    for (const condition of vitrylo) expect(condition.displayName).toMatch(/^Vitrylo: /);
  });

  test('a condition put on a type it has no path for grants nothing there', async () => {
    await makeRole('Товари свого менеджера', [
      { action: CM_ACTION.read, subject: UID.product, properties: { fields: ['name'] }, conditions: [conditionId('responsible')] },
    ]);
    await createAdminUser(app.strapi, 'odd@vitrylo.test', []);
    const user: any = await app.strapi.db.query('admin::user').findOne({ where: { email: 'odd@vitrylo.test' } });
    const role: any = await app.strapi.db.query('admin::role').findOne({ where: { name: 'Товари свого менеджера' } });
    await app.strapi.db.query('admin::user').update({ where: { id: user.id }, data: { roles: [role.id] } });
    await app.strapi.documents(UID.product as any).create({ data: { name: 'Скло' } } as any);
    const session = await loginAdmin(app, 'odd@vitrylo.test');
    const res = await session.get(cm(UID.product));
    expect(res.status).toBe(403);
  });
});

describe('several roles per person: the union of rights', () => {
  test('a sales manager with an extra "all counterparties, read only" role reads every counterparty, edits only own', async () => {
    const extra = await makeRole('Перегляд усіх контрагентів', [
      { action: CM_ACTION.read, subject: UID.counterparty, properties: { fields: ['name', 'kind', 'phone', 'email', 'manager', 'department'] }, conditions: [] },
    ]);
    const sales: any = await roleByCode(ROLE_CODE.salesManager);
    const user: any = await createAdminUser(app.strapi, 'union@vitrylo.test', [ROLE_CODE.salesManager]);
    await app.strapi.db.query('admin::user').update({ where: { id: user.id }, data: { roles: [sales.id, extra.id] } });
    await app.strapi.documents(UID.employee as any).update({ documentId: fx.employees.manager.documentId, data: { adminUser: null } } as any);
    await app.strapi.documents(UID.employee as any).update({ documentId: fx.employees.manager.documentId, data: { adminUser: user.id } } as any);
    const session = await loginAdmin(app, 'union@vitrylo.test');

    const list = await session.get(`${cm(UID.counterparty)}?pageSize=100`);
    const ids = list.body.results.map((r: any) => r.documentId);
    for (const scope of ['own', 'department', 'other'] as const) expect(ids).toContain(fx.records[scope].counterparty.documentId);
    expect((await session.get(cm(UID.counterparty, fx.records.other.counterparty.documentId))).status).toBe(200);
    // the sales role still gives the other fields of own and department counterparties; the extra role only its own
    const other = await session.get(cm(UID.counterparty, fx.records.other.counterparty.documentId));
    expect(other.body.data.name).toBe(`${fx.records.other.tag} контрагент`);
    expect((await session.put(cm(UID.counterparty, fx.records.other.counterparty.documentId), { note: 'ні' })).status).toBe(403);
    expect((await session.put(cm(UID.counterparty, fx.records.own.counterparty.documentId), { note: 'так' })).status).toBe(200);
    // nothing else of the other department opened up
    expect((await session.get(cm(UID.interaction, fx.records.other.interaction.documentId))).status).toBe(403);
    const interactions = await session.get(`${cm(UID.interaction)}?pageSize=100`);
    expect(interactions.body.results.map((r: any) => r.documentId)).not.toContain(fx.records.other.interaction.documentId);
  });

  test('sales manager + accountant: invoices of every department, chronicle still only own and department', async () => {
    const user: any = await createAdminUser(app.strapi, 'two-roles@vitrylo.test', [ROLE_CODE.salesManager, ROLE_CODE.accountant]);
    await app.strapi.documents(UID.employee as any).update({ documentId: fx.employees.colleague.documentId, data: { adminUser: user.id } } as any);
    const session = await loginAdmin(app, 'two-roles@vitrylo.test');
    const invoices = await session.get(`${cm(UID.invoice)}?pageSize=100`);
    expect(invoices.body.pagination.total).toBe(3);
    const interactions = await session.get(`${cm(UID.interaction)}?pageSize=100`);
    const ids = interactions.body.results.map((r: any) => r.documentId);
    expect(ids).toContain(fx.records.department.interaction.documentId);
    expect(ids).not.toContain(fx.records.other.interaction.documentId);
  });
});

describe('demo logins', () => {
  test('creates active Ukrainian-language logins with the role, linked to the employee; a second run changes nothing', async () => {
    const employee: any = await app.strapi.documents(UID.employee as any).create({ data: { fullName: 'Бондаренко Ірина Олегівна', email: 'i.bondarenko@vitrylo.demo', department: fx.departments.office.documentId } } as any);
    const logins = [
      { email: 'secretary@vitrylo.demo', roleCode: ROLE_CODE.secretary, employeeEmail: 'i.bondarenko@vitrylo.demo' },
      { email: 'nobody@vitrylo.demo', roleCode: ROLE_CODE.marketer, employeeEmail: 'missing@vitrylo.demo' },
      { email: 'ghost@vitrylo.demo', roleCode: 'no-such-role', employeeEmail: 'i.bondarenko@vitrylo.demo' },
    ];
    const first = await ensureDemoLogins(app.strapi, { password: 'Demo-Passw0rd', logins });
    expect(first[0]).toEqual({ email: 'secretary@vitrylo.demo', created: true, linked: true });
    expect(first[1]).toMatchObject({ created: true, linked: false, warning: expect.stringContaining('no employee') });
    expect(first[2]).toMatchObject({ created: false, linked: false, warning: expect.stringContaining('no-such-role') });

    const user: any = await app.strapi.db.query('admin::user').findOne({ where: { email: 'secretary@vitrylo.demo' }, populate: ['roles'] });
    expect(user).toMatchObject({ isActive: true, preferedLanguage: 'uk', firstname: 'Ірина Олегівна', lastname: 'Бондаренко' });
    expect(user.roles.map((r: any) => r.code)).toEqual([ROLE_CODE.secretary]);
    const linked: any = await app.strapi.db.query(UID.employee as any).findOne({ where: { id: employee.id }, populate: ['adminUser'] });
    expect(linked.adminUser.id).toBe(user.id);

    const second = await ensureDemoLogins(app.strapi, { password: 'Other-Passw0rd', logins: logins.slice(0, 1) });
    expect(second).toEqual([{ email: 'secretary@vitrylo.demo', created: false, linked: true }]);
    const session = await loginAdmin(app, 'secretary@vitrylo.demo', 'Demo-Passw0rd');
    expect((await session.get(`${cm(UID.inboundRequest)}?pageSize=1`)).status).toBe(200);
    expect((await session.get(cm(UID.invoice))).status).toBe(403);
  });

  test('TEST_PASSWORD logins of the fixtures still work (sanity)', async () => {
    await expect(loginAdmin(app, fx.emails.accountant, TEST_PASSWORD)).resolves.toBeDefined();
  });
});

describe('fields a later version adds', () => {
  test('reach existing roles on a database made by the previous version; a field the administrator removed stays removed', async () => {
    const { grantNewFields } = require('../../src/access/new-fields');
    const secretary: any = await roleByCode(ROLE_CODE.secretary);
    const read = (await permissionsOf(secretary.id)).find((p: any) => p.action === CM_ACTION.read && p.subject === UID.counterparty);
    const without = (fields: string[], field: string) => fields.filter((f) => f !== field);
    // as the previous version left it: `website` did not exist then, and the administrator took away `note`
    await app.strapi.db.query('admin::permission').update({ where: { id: read.id }, data: { properties: { fields: without(without(read.properties.fields, 'website'), 'note') } } });
    const store = app.strapi.store({ type: 'plugin', name: 'vitrylo', key: 'access-known-fields' });
    const known: any = await store.get({});
    await store.set({ value: { ...known, [UID.counterparty]: without(known[UID.counterparty], 'website') } });

    expect(await grantNewFields(app.strapi)).toBeGreaterThan(0);
    const after = (await permissionsOf(secretary.id)).find((p: any) => p.id === read.id);
    expect(after.properties.fields).toContain('website');
    expect(after.properties.fields).not.toContain('note');
    expect(await grantNewFields(app.strapi)).toBe(0);
  });
});

describe('CRM actions', () => {
  test('are offered in the Roles editor and given to their default roles once', async () => {
    const res = await root.get('/admin/permissions');
    const crm = res.body.data.sections.plugins.filter((a: any) => a.plugin === 'crm').map((a: any) => a.action);
    expect(crm).toEqual(expect.arrayContaining(['plugin::crm.inbox.read', 'plugin::crm.bank-import.manage', 'plugin::crm.reports.read', 'plugin::crm.system.read']));
    const accountant: any = await roleByCode(ROLE_CODE.accountant);
    const actions = (await permissionsOf(accountant.id)).map((p: any) => p.action);
    expect(actions).toContain('plugin::crm.bank-import.manage');
    expect(actions).not.toContain('plugin::crm.system.read');
  });

  test("a kit route refuses query keys it does not take, naming them in the caller's language", async () => {
    const url = `/crm/audit-entries?uid=${UID.counterparty}&documentId=x&populate=*`;
    const res = await root.get(url);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('query.populate: тут не приймається');
    expect(res.body.error.details.errors[0].path).toEqual(['query', 'populate']);
    const english = await root.get(url).set('Accept-Language', 'en');
    expect(english.body.error.message).toBe('query.populate: not accepted here');
  });
});

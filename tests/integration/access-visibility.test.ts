import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createAdminUser, createSuperAdminSession, loginAdmin } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { andFilters, toWhere, visibilityFor, visibleFilter } from '../../src/access/visibility';
import { CM_ACTION, UID } from '../../src/access/uids';

/** The shared visibility helper, and the content-manager paths Strapi leaves open that the guard closes. */

let app: TestApp;
let fx: AccessFixtures;
let sessions: Record<Person, AdminSession>;
let root: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fx);
  root = await createSuperAdminSession(app);
});
afterAll(async () => {
  await app?.stop();
});

const userOf = (person: Person) => app.strapi.db.query('admin::user').findOne({ where: { email: fx.emails[person] } }) as Promise<any>;
const ids = (rows: any[]) => rows.map((r) => r.documentId).sort();
const scopes = (...list: Array<'own' | 'department' | 'other'>) => list.map((s) => fx.records[s].counterparty.documentId).sort();

describe('visibleFilter', () => {
  test('a sales manager: own and department counterparties, through the document service and db.query alike', async () => {
    const manager = await userOf('manager');
    const filter = await visibleFilter(app.strapi, manager, UID.counterparty);
    expect(filter).not.toBeNull();
    const viaDocuments = await app.strapi.documents(UID.counterparty as any).findMany({ filters: filter as any });
    expect(ids(viaDocuments)).toEqual(scopes('own', 'department'));
    const viaDb = await app.strapi.db.query(UID.counterparty as any).findMany({ where: toWhere(app.strapi, UID.counterparty, filter!) });
    expect(ids(viaDb)).toEqual(scopes('own', 'department'));
    const count = await app.strapi.documents(UID.counterparty as any).count({ filters: andFilters(filter, { name: { $contains: 'Own' } }) as any });
    expect(count).toBe(1);
  });

  test('update rights are narrower than read rights', async () => {
    const filter = await visibleFilter(app.strapi, await userOf('manager'), UID.interaction, CM_ACTION.update);
    const rows = await app.strapi.documents(UID.interaction as any).findMany({ filters: filter as any });
    // the own set's interaction and the chronicle entry its inbound request was given when it was routed
    const request: any = await app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId: fx.records.own.inboundRequest.documentId }, populate: ['interaction'] });
    expect(ids(rows)).toEqual([fx.records.own.interaction.documentId, request.interaction.documentId].sort());
  });

  test('nothing visible is null, everything visible is {}', async () => {
    expect(await visibleFilter(app.strapi, await userOf('secretary'), UID.invoice)).toBeNull();
    expect(await visibleFilter(app.strapi, await userOf('director'), UID.invoice)).toEqual({});
    expect(await visibleFilter(app.strapi, await userOf('accountant'), UID.interaction)).toBeNull();
  });

  test('fields: the secretary reads products without the price, and no invoice field at all', async () => {
    const visibility = await visibilityFor(app.strapi, await userOf('secretary'));
    expect(visibility.fields(UID.product)).toEqual(expect.arrayContaining(['name', 'code']));
    expect(visibility.fields(UID.product)).not.toContain('price');
    expect(visibility.fields(UID.invoice)).toBeNull();
    expect(visibility.can(UID.product, 'price')).toBe(false);
    expect(visibility.can(UID.product, 'name')).toBe(true);
    expect(visibility.filter(UID.scheduleEntry)).toEqual({});
  });

  test('a sales manager without an employee card sees no counterparty', async () => {
    await createAdminUser(app.strapi, 'no-card@vitrylo.test', ['vitrylo-sales-manager']);
    const session = await loginAdmin(app, 'no-card@vitrylo.test');
    const res = await session.get(cm(UID.counterparty));
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
    const user: any = await app.strapi.db.query('admin::user').findOne({ where: { email: 'no-card@vitrylo.test' } });
    const filter = await visibleFilter(app.strapi, user, UID.counterparty);
    expect(await app.strapi.documents(UID.counterparty as any).count({ filters: filter as any })).toBe(0);
  });
});

describe('content-manager paths beyond list and record', () => {
  test('homepage document count counts only what the user sees', async () => {
    const manager = await userOf('manager');
    const visibility = await visibilityFor(app.strapi, manager);
    let expected = 0;
    for (const uid of Object.keys(app.strapi.contentTypes).filter((u) => u.startsWith('api::'))) {
      const filter = visibility.filter(uid);
      if (filter !== null) expected += await app.strapi.db.query(uid as any).count({ where: toWhere(app.strapi, uid, filter) });
    }
    const res = await sessions.manager.get('/content-manager/homepage/count-documents');
    expect(res.status).toBe(200);
    expect(res.body.data.published).toBe(expected);
    const all = await root.get('/content-manager/homepage/count-documents');
    expect(all.body.data.published).toBeGreaterThan(expected);
  });

  test('bulkFindForValidation returns only visible documents', async () => {
    const res = await sessions.manager.post(`/content-manager/collection-types/${UID.counterparty}/actions/bulkFindForValidation`, {
      documentIds: scopes('own', 'other'),
    });
    expect(res.status).toBe(200);
    expect(ids(res.body.results)).toEqual(scopes('own'));
  });

  test('a relation picker offers nothing of a type the user cannot read at all', async () => {
    const roleService: any = app.strapi.service('admin::role');
    const role = await roleService.create({ name: 'Рекламації без рахунків', description: 'test' });
    const fields = ['number', 'description', 'category', 'invoice', 'receivedAt'];
    await roleService.assignPermissions(role.id, [
      { action: CM_ACTION.read, subject: UID.complaint, properties: { fields }, conditions: [] },
      { action: CM_ACTION.update, subject: UID.complaint, properties: { fields }, conditions: [] },
    ]);
    const user: any = await createAdminUser(app.strapi, 'complaints@vitrylo.test', []);
    await app.strapi.db.query('admin::user').update({ where: { id: user.id }, data: { roles: [role.id] } });
    const session = await loginAdmin(app, 'complaints@vitrylo.test');
    const picker = await session.get(`/content-manager/relations/${UID.complaint}/invoice?pageSize=100`);
    expect(picker.status).toBe(200);
    expect(picker.body.results).toEqual([]);
    const searched = await session.get(`/content-manager/relations/${UID.complaint}/invoice?pageSize=100&_q=${fx.records.own.invoice.documentId.slice(0, 6)}`);
    expect(searched.body.results).toEqual([]);
    // what Strapi alone would have listed
    const asRoot = await root.get(`/content-manager/relations/${UID.complaint}/invoice?pageSize=100`);
    expect(asRoot.body.results.length).toBeGreaterThanOrEqual(3);
  });

  test('related records the user may not see shrink to their ids in lists and records', async () => {
    // the manager's own call to another department's client: the call is his, the client is not
    const interaction: any = await app.strapi.documents(UID.interaction as any).create({
      data: {
        subject: 'Дзвінок чужому клієнту',
        kind: 'call-out',
        occurredAt: '2025-05-02T10:00:00.000Z',
        employee: fx.employees.manager.documentId,
        counterparty: fx.records.other.counterparty.documentId,
      },
    } as any);
    const list = await sessions.manager.get(`${cm(UID.interaction)}?pageSize=100`);
    const row = list.body.results.find((r: any) => r.documentId === interaction.documentId);
    expect(row).toBeDefined();
    expect(row.counterparty).toEqual({ id: fx.records.other.counterparty.id, documentId: fx.records.other.counterparty.documentId });
    const own = list.body.results.find((r: any) => r.documentId === fx.records.own.interaction.documentId);
    expect(own.counterparty.name).toBe(`${fx.records.own.tag} контрагент`);

    const one = await sessions.manager.get(cm(UID.interaction, interaction.documentId));
    expect(one.status).toBe(200);
    expect(JSON.stringify(one.body)).not.toContain(fx.records.other.tag);
    expect(JSON.stringify(list.body)).not.toContain(fx.records.other.tag);
    // nor through the picker of existing relations
    const existing = await sessions.manager.get(`/content-manager/relations/${UID.interaction}/${interaction.documentId}/counterparty`);
    expect(existing.status).toBe(200);
    expect(JSON.stringify(existing.body)).not.toContain(fx.records.other.tag);
  });

  test('admin user data never rides along with employees', async () => {
    const res = await sessions.manager.get(`${cm(UID.counterparty)}?pageSize=100`);
    expect(JSON.stringify(res.body)).not.toContain('"adminUser"');
    expect(JSON.stringify(res.body)).not.toContain('password');
  });
});

describe('new records belong to their creator', () => {
  test('a counterparty a sales manager creates without choosing a manager is his, in his department, and he can open it', async () => {
    const res = await sessions.manager.post(cm(UID.counterparty), { name: 'Новий клієнт менеджера', kind: 'prospect' });
    expect(res.status).toBe(201);
    const stored: any = await app.strapi.db.query(UID.counterparty as any).findOne({ where: { documentId: res.body.data.documentId }, populate: ['manager', 'department'] });
    expect(stored.manager.id).toBe(fx.employees.manager.id);
    expect(stored.department.id).toBe(fx.departments.sales1.id);
    expect((await sessions.manager.get(cm(UID.counterparty, res.body.data.documentId))).status).toBe(200);
    expect((await sessions.otherManager.get(cm(UID.counterparty, res.body.data.documentId))).status).toBe(403);
  });

  test('a sales manager assigns only himself; the director\'s explicit choice is kept; the secretary is recorded as who registered a request', async () => {
    const toColleague = { name: 'Клієнт колеги', kind: 'client', manager: { connect: [{ documentId: fx.employees.colleague.documentId }] } };
    const refused = await sessions.manager.post(cm(UID.counterparty), toColleague);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['manager']);
    const chosen = await sessions.director.post(cm(UID.counterparty), toColleague);
    expect(chosen.status).toBe(201);
    const stored: any = await app.strapi.db.query(UID.counterparty as any).findOne({ where: { documentId: chosen.body.data.documentId }, populate: ['manager'] });
    expect(stored.manager.id).toBe(fx.employees.colleague.id);

    const request = await sessions.secretary.post(cm(UID.inboundRequest), { subject: 'Запит з телефону', receivedAt: '2025-05-03T08:00:00.000Z', channel: 'phone' });
    expect(request.status).toBe(201);
    const registered: any = await app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId: request.body.data.documentId }, populate: ['registeredBy'] });
    expect(registered.registeredBy.id).toBe(fx.employees.secretary.id);
  });
});

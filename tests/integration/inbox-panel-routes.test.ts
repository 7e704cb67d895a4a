import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person, Ref } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';
import { businessDayAt } from '../../src/domain/workspace';

/**
 * The routes the inbox and navigation pages add (issue 10, admin panel): whom a request may be forwarded
 * to, forwarding to a department (its duty person, else its head), and the address of "Прострочені
 * контакти" (the chronicle list filtered to my overdue planned contacts). Each as every role.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

const create = async (uid: string, data: Record<string, unknown>): Promise<Ref> => {
  const doc: any = await app.strapi.documents(uid as any).create({ data } as any);
  return { id: doc.id, documentId: doc.documentId };
};
const stored = (documentId: string) =>
  app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId }, populate: { assignee: true, targetDepartment: true } }) as Promise<any>;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
});
afterAll(async () => {
  await app?.stop();
});

describe('GET /crm/inbox/forward-targets', () => {
  test('staff with the inbox get the active employees and departments, by name', async () => {
    for (const person of ['director', 'manager', 'secretary'] as const) {
      const res = await as[person].get('/crm/inbox/forward-targets');
      expect([person, res.status]).toEqual([person, 200]);
      const names = res.body.data.employees.map((e: any) => e.fullName);
      expect(names).toEqual(expect.arrayContaining(['Працівник otherManager', 'Працівник colleague']));
      expect([...names]).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'uk')));
      const other = res.body.data.employees.find((e: any) => e.fullName === 'Працівник otherManager');
      expect(other).toEqual({ documentId: fx.employees.otherManager.documentId, fullName: 'Працівник otherManager', department: { documentId: fx.departments.sales2.documentId, name: 'Відділ продажів 2' } });
      expect(res.body.data.departments.map((d: any) => d.documentId)).toEqual(expect.arrayContaining([fx.departments.sales1.documentId, fx.departments.sales2.documentId]));
      // nothing beyond names: no e-mails, logins or schedules
      expect(Object.keys(other).sort()).toEqual(['department', 'documentId', 'fullName']);
    }
  });

  test('someone who left is not offered', async () => {
    const gone = await create(UID.employee, { fullName: 'Працівник звільнений', department: fx.departments.sales1.documentId, active: false });
    const res = await as.manager.get('/crm/inbox/forward-targets');
    expect(res.body.data.employees.map((e: any) => e.documentId)).not.toContain(gone.documentId);
  });

  test('roles without the inbox get 403; parameters are refused', async () => {
    expect((await as.accountant.get('/crm/inbox/forward-targets')).status).toBe(403);
    expect((await as.marketer.get('/crm/inbox/forward-targets')).status).toBe(403);
    expect((await as.manager.get('/crm/inbox/forward-targets?department=x')).status).toBe(400);
  });
});

describe('forwarding to a department', () => {
  const managersRequest = async (subject: string) =>
    (await create(UID.inboundRequest, { channel: 'phone', subject, message: subject, counterparty: fx.records.own.counterparty.documentId })).documentId;

  test('the request goes to someone of that department, the history says how', async () => {
    const id = await managersRequest('До іншого відділу');
    expect((await stored(id)).assignee.documentId).toBe(fx.employees.manager.documentId);
    const res = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { department: fx.departments.sales2.documentId, reason: 'Клієнт переїхав до Львова' });
    expect(res.status).toBe(200);
    // the only member of the second sales department, at work by the schedule (or, off hours, at the next opening)
    expect(res.body.data.assignee).toEqual({ documentId: fx.employees.otherManager.documentId, fullName: 'Працівник otherManager' });
    const request = await stored(id);
    expect(request.assignee.documentId).toBe(fx.employees.otherManager.documentId);
    expect(request.targetDepartment.documentId).toBe(fx.departments.sales2.documentId);
    expect(request.forwardHistory).toEqual([
      expect.objectContaining({ from: fx.employees.manager.documentId, to: fx.employees.otherManager.documentId, reason: 'Клієнт переїхав до Львова (підрозділ «Відділ продажів 2» → черговий)' }),
    ]);
    const inbox = await as.otherManager.get('/crm/inbox');
    expect(inbox.body.data.requests.map((r: any) => r.documentId)).toContain(id);
  });

  test('an employee or a department, exactly one; a department that does not exist; a blank reason', async () => {
    const id = await managersRequest('Неправильна переадресація');
    const both = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { to: fx.employees.colleague.documentId, department: fx.departments.sales2.documentId, reason: 'так' });
    expect(both.status).toBe(400);
    expect(both.body.error.details.errors[0]).toMatchObject({ path: ['to'], message: expect.stringContaining('вкажіть співробітника або підрозділ') });
    const neither = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { reason: 'так' });
    expect(neither.status).toBe(400);
    expect(neither.body.error.details.errors[0].path).toEqual(['to']);
    const unknown = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { department: 'nosuchdepartment000000000', reason: 'так' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0]).toMatchObject({ path: ['department'], message: expect.stringContaining('такого підрозділу немає') });
    const blank = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { department: fx.departments.sales2.documentId, reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.errors.map((e: any) => e.path)).toEqual([['reason']]);
    expect((await stored(id)).assignee.documentId).toBe(fx.employees.manager.documentId);
  });

  test('another department’s manager cannot forward my request anywhere: 404', async () => {
    const id = await managersRequest('Чуже звернення');
    expect((await as.otherManager.post(`/crm/inbox/requests/${id}/forward`, { department: fx.departments.sales2.documentId, reason: 'забираю' })).status).toBe(404);
    expect((await stored(id)).assignee.documentId).toBe(fx.employees.manager.documentId);
  });
});

describe('GET /crm/overdue-contacts', () => {
  let yesterday: string;
  beforeAll(async () => {
    const day = businessDayAt(new Date(), 'Europe/Kyiv');
    yesterday = new Date(day.start.getTime() - 3 * 3600_000).toISOString();
    const today = new Date(day.start.getTime() + 3600_000).toISOString();
    const contact = (employee: Ref, occurredAt: string, state: string, subject: string) =>
      create(UID.interaction, { kind: 'call-out', employee: employee.documentId, counterparty: fx.records.own.counterparty.documentId, occurredAt, state, subject });
    await contact(fx.employees.manager, yesterday, 'planned', 'OC прострочений дзвінок');
    await contact(fx.employees.manager, '2026-01-05T09:00:00.000Z', 'planned', 'OC давно прострочений');
    await contact(fx.employees.manager, yesterday, 'done', 'OC виконаний учора');
    await contact(fx.employees.manager, today, 'planned', 'OC на сьогодні');
    await contact(fx.employees.colleague, yesterday, 'planned', 'OC колеги');
  });

  const listOf = async (session: AdminSession, link: string) => {
    const res = await session.get(link);
    expect(res.status).toBe(200);
    return res.body;
  };

  test('the manager’s overdue planned contacts: the count and a list link that shows exactly them', async () => {
    const res = await as.manager.get('/crm/overdue-contacts');
    expect(res.status).toBe(200);
    const { overdue } = res.body.data;
    expect(overdue.link).toMatch(/^\/content-manager\/collection-types\/api::interaction\.interaction\?/);
    const list = await listOf(as.manager, overdue.link);
    const subjects = list.results.map((r: any) => r.subject).filter((s: string) => s?.startsWith('OC '));
    expect(subjects.sort()).toEqual(['OC давно прострочений', 'OC прострочений дзвінок']);
    expect(list.pagination.total).toBe(overdue.count);
  });

  test('each person gets their own: the colleague theirs, the director none; nobody can ask for another’s', async () => {
    const colleague = (await as.colleague.get('/crm/overdue-contacts')).body.data.overdue;
    expect((await listOf(as.colleague, colleague.link)).results.map((r: any) => r.subject)).toEqual(['OC колеги']);
    const director = await as.director.get('/crm/overdue-contacts');
    expect(director.status).toBe(200);
    expect(director.body.data.overdue.count).toBe(0);
    expect((await as.manager.get(`/crm/overdue-contacts?employee=${fx.employees.colleague.documentId}`)).status).toBe(400);
  });

  test('roles that may not read the chronicle get 403', async () => {
    expect((await as.secretary.get('/crm/overdue-contacts')).status).toBe(403);
    expect((await as.accountant.get('/crm/overdue-contacts')).status).toBe(403);
  });
});

test('the inbox names the business time zone its times are read in', async () => {
  const res = await as.manager.get('/crm/inbox');
  expect(res.body.data.timeZone).toBe('Europe/Kyiv');
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { UID } from '../../src/access/uids';

/**
 * The doors the security review found open (issue "Security"), each tried as the attacker did: every one
 * must now be refused or answered without the data, and nothing may be written outside the rules.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let root: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  root = await createSuperAdminSession(app, 'root-doors@vitrylo.test');
});
afterAll(async () => { await app?.stop(); });

const db = (uid: string) => app.strapi.db.query(uid as any);
const text = (res: any) => JSON.stringify(res.body ?? {});

describe('relation pickers', () => {
  test('populate on a picker is refused for everyone, so no admin row or invoice total comes back', async () => {
    const urls = [
      `/content-manager/relations/${UID.employee}/department?populate[department][populate][employees][populate][adminUser]=true`,
      `/content-manager/relations/${UID.scheduleEntry}/counterparty?populate[manager][populate][counterparties][populate][invoices]=true`,
      `/content-manager/relations/${UID.interaction}/counterparty?populate[createdBy]=true`,
      `/content-manager/relations/${UID.interaction}/counterparty?fields[0]=name&fields[1]=edrpou`,
    ];
    for (const login of ['secretary', 'manager', 'accountant'] as Person[]) {
      for (const url of urls) {
        const res = await as[login].get(url);
        expect([login, url, res.status]).toEqual([login, url, 400]);
        expect(text(res)).not.toMatch(/password|resetPasswordToken|"total"/);
      }
    }
    expect((await root.get(urls[0])).status).toBe(400);
  });

  test('a picker offers only records the caller may see, with readable fields only', async () => {
    const res = await as.manager.get(`/content-manager/relations/${UID.interaction}/counterparty?pageSize=100`);
    expect(res.status).toBe(200);
    const ids = res.body.results.map((r: any) => r.documentId);
    expect(ids).toContain(fx.records.own.counterparty.documentId);
    expect(ids).not.toContain(fx.records.other.counterparty.documentId);
  });

  test('existing relations list only visible records; hidden and made-up ids count alike', async () => {
    const colleague = await as.otherManager.get(`/content-manager/relations/${UID.employee}/${fx.employees.manager.documentId}/counterparties`);
    expect(colleague.status).toBe(200);
    expect(text(colleague)).not.toContain(fx.records.own.counterparty.documentId);
    const hidden = await as.manager.get(`${cm(UID.counterparty)}/actions/countManyEntriesDraftRelations?documentIds[0]=${fx.records.other.counterparty.documentId}`);
    const madeUp = await as.manager.get(`${cm(UID.counterparty)}/actions/countManyEntriesDraftRelations?documentIds[0]=nosuchdocumentid000000000`);
    expect(hidden.status).toBe(madeUp.status);
  });
});

describe('filters and sort', () => {
  test('a manager cannot confirm another department\'s client name or invoice total through employees', async () => {
    const other = fx.employees.otherManager.documentId;
    const name = encodeURIComponent(`${fx.records.other.tag} контрагент`);
    const byName = await as.manager.get(`${cm(UID.employee)}?filters[documentId][$eq]=${other}&filters[counterparties][name][$eq]=${name}`);
    const byWrongName = await as.manager.get(`${cm(UID.employee)}?filters[documentId][$eq]=${other}&filters[counterparties][name][$eq]=nobody`);
    expect(byName.status).toBe(200);
    expect(byName.body.pagination.total).toBe(byWrongName.body.pagination.total);
    const byTotal = await as.manager.get(`${cm(UID.employee)}?filters[documentId][$eq]=${other}&filters[counterparties][invoices][total][$gte]=0`);
    expect(byTotal.status).toBe(200);
    expect(byTotal.body.pagination.total).toBe(0);
    // the same filter over his own client is a real filter
    const mine = await as.manager.get(`${cm(UID.employee)}?filters[documentId][$eq]=${fx.employees.manager.documentId}&filters[counterparties][invoices][total][$gte]=0`);
    expect(mine.body.pagination.total).toBe(1);
    expect((await as.manager.get(`${cm(UID.employee)}?sort=counterparties.invoices.total:asc`)).status).toBe(400);
    expect((await as.manager.get(`${cm(UID.employee)}?filters[$not][counterparties][name][$eq]=x`)).status).toBe(400);
  });

  test('unknown query keys are refused on lists and records, and creator filters cannot touch credentials', async () => {
    expect((await as.manager.get(`${cm(UID.counterparty)}?populate=*`)).status).toBe(400);
    expect((await as.manager.get(`${cm(UID.counterparty)}?foo=1`)).status).toBe(400);
    expect((await as.manager.get(`${cm(UID.counterparty, fx.records.own.counterparty.documentId)}?populate[createdBy]=true`)).status).toBe(400);
    expect((await root.get(`${cm(UID.counterparty)}?filters[createdBy][password][$startsWith]=$2`)).status).toBe(400);
  });
});

describe('clone', () => {
  const clone = (session: AdminSession, uid: string, documentId: string, body: Record<string, unknown> = {}) =>
    session.post(`${cm(uid)}/clone/${documentId}`, body);

  test('another department\'s counterparty cannot be cloned, nothing is created', async () => {
    const before = await db(UID.counterparty).count();
    const res = await clone(as.manager, UID.counterparty, fx.records.other.counterparty.documentId, { name: 'Копія' });
    expect(res.status).toBe(404);
    expect(text(res)).not.toContain(fx.records.other.tag);
    expect(await db(UID.counterparty).count()).toBe(before);
  });

  test('a cloned invoice has totals from its lines, whatever the body says', async () => {
    const res = await clone(as.accountant, UID.invoice, fx.records.own.invoice.documentId, { number: 'Копія-1', total: '0.01', totalNet: '0.01' });
    expect(res.status).toBe(200);
    const stored: any = await db(UID.invoice).findOne({ where: { documentId: res.body.data.documentId } });
    expect(String(stored.total)).toMatch(/^3600(\.0+)?$/);
    expect(Number(stored.paidAmount ?? 0)).toBe(0);
  });

  test('a clone is validated like a create and never takes the source\'s contact persons', async () => {
    const source = fx.records.own.counterparty.documentId;
    const invalid = await clone(as.manager, UID.counterparty, source, { name: 'Копія з поганим кодом', edrpou: '14360571' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('edrpou');
    expect(invalid.body.error.message).toContain('ЄДРПОУ: ');
    const ok = await clone(as.manager, UID.counterparty, source, { name: 'Копія мого клієнта' });
    expect([ok.status, ok.body.error]).toEqual([200, undefined]);
    const contacts: any[] = await db(UID.contactPerson).findMany({ where: { counterparty: { documentId: source } } });
    expect(contacts.map((c) => c.documentId)).toContain(fx.records.own.contactPerson.documentId);
    const copy: any = await db(UID.counterparty).findOne({ where: { documentId: ok.body.data.documentId }, populate: ['manager', 'contactPersons'] });
    expect(copy.manager.documentId).toBe(fx.employees.manager.documentId);
    expect(copy.contactPersons).toEqual([]);
  });
});

describe('writes need the edit right on what they touch', () => {
  test('a department colleague\'s contact person cannot be moved into my counterparty', async () => {
    const theirs = fx.records.department.contactPerson;
    const res = await as.manager.put(cm(UID.counterparty, fx.records.own.counterparty.documentId), {
      contactPersons: { connect: [{ documentId: theirs.documentId }], disconnect: [] },
    });
    expect(res.status).toBe(400);
    const stored: any = await db(UID.contactPerson).findOne({ where: { id: theirs.id }, populate: ['counterparty'] });
    expect(stored.counterparty.documentId).toBe(fx.records.department.counterparty.documentId);
  });

  test('a sales manager plants nothing in another department and plans nobody else\'s day', async () => {
    const planted = await as.manager.post(cm(UID.counterparty), { name: 'Підкинутий', kind: 'client', department: fx.departments.sales2.documentId });
    expect(planted.status).toBe(400);
    expect(planted.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('department');
    const entry = await as.manager.post(cm(UID.scheduleEntry), {
      employee: fx.employees.otherManager.documentId, kind: 'office', start: '2026-05-01T08:00:00.000Z', end: '2026-05-01T17:00:00.000Z',
    });
    expect(entry.status).toBe(400);
    const mine = await as.manager.post(cm(UID.scheduleEntry), { kind: 'office', start: '2026-05-02T08:00:00.000Z', end: '2026-05-02T17:00:00.000Z' });
    expect(mine.status).toBe(201);
  });

  test('notifications: nobody creates one or re-addresses it; marking one read works', async () => {
    const own = fx.records.own.notification.documentId;
    const created = await as.manager.post(cm(UID.notification), { title: 'Фішинг', recipient: fx.employees.secretary.documentId });
    expect([400, 403]).toContain(created.status);
    expect(await db(UID.notification).count({ where: { title: 'Фішинг' } })).toBe(0);
    const readdressed = await as.manager.put(cm(UID.notification, own), {
      title: 'Терміново оплатіть', link: 'https://evil.example', recipient: { connect: [{ documentId: fx.employees.secretary.documentId }], disconnect: [] },
    });
    expect(readdressed.status).toBe(400);
    const stored: any = await db(UID.notification).findOne({ where: { documentId: own }, populate: ['recipient'] });
    expect(stored.recipient.documentId).toBe(fx.employees.manager.documentId);
    expect(stored.title).not.toBe('Терміново оплатіть');
    const read = await as.manager.put(cm(UID.notification, own), { readAt: '2026-05-01T09:00:00.000Z' });
    expect(read.status).toBe(200);
  });

  test('bulk delete with a hidden id deletes nothing hidden and answers like a made-up id', async () => {
    const hidden = fx.records.other.interaction.documentId;
    const res = await as.manager.post(`${cm(UID.interaction)}/actions/bulkDelete`, { documentIds: [hidden] });
    const madeUp = await as.manager.post(`${cm(UID.interaction)}/actions/bulkDelete`, { documentIds: ['nosuchdocumentid000000000'] });
    expect(res.status).toBe(madeUp.status);
    expect(await db(UID.interaction).count({ where: { documentId: hidden } })).toBe(1);
  });
});

describe('the audit trail sees the final data', () => {
  test('a create\'s entry holds the owner fields filled in for its creator', async () => {
    const res = await as.manager.post(cm(UID.counterparty), { name: 'Клієнт для журналу', kind: 'prospect' });
    expect(res.status).toBe(201);
    const [entry]: any[] = await db(UID.auditEntry).findMany({ where: { targetDocumentId: res.body.data.documentId } });
    const fields = entry.changes.map((c: any) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['manager', 'department']));
  });
});

describe('admin routes outside the panel\'s needs', () => {
  test('staff cannot send e-mail, fetch URLs on the server or read the project statistics', async () => {
    expect((await as.manager.post('/email', { to: 'x@example.com', subject: 's', text: 't' })).status).toBe(403);
    expect((await as.accountant.post('/upload/actions/upload-from-urls', { urls: ['http://127.0.0.1:5432/'] })).status).toBe(403);
    expect((await as.manager.get('/admin/homepage/key-statistics')).status).toBe(403);
    expect((await as.manager.get('/admin/users/me')).status).toBe(200);
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { makeEdrpou } from '../../src/domain/identifiers';

const AUDIT = 'api::audit-entry.audit-entry';
const COUNTERPARTY = 'api::counterparty.counterparty';
const EMPLOYEE = 'api::employee.employee';
const INVOICE = 'api::invoice.invoice';

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  admin = await createSuperAdminSession(app, 'auditor@vitrylo.test');
});
afterAll(async () => { await app?.stop(); });

const entriesOf = (documentId: string) =>
  app.strapi.db.query(AUDIT as any).findMany({ where: { targetDocumentId: documentId }, populate: ['actorAdminUser'], orderBy: { id: 'asc' } });
const allEntries = () => app.strapi.db.query(AUDIT as any).count();
const fieldsOf = (entry: any) => entry.changes.map((change: any) => change.field).sort();

async function createCounterparty(data: Record<string, unknown>): Promise<string> {
  const res = await admin.post(cm(COUNTERPARTY), { kind: 'client', ...data });
  expect(res.status).toBe(201);
  return res.body.data.documentId;
}

describe('content-manager writes by an admin', () => {
  test('a creation is logged once, with the admin as actor and the non-empty fields as new values', async () => {
    const code = makeEdrpou('4100017');
    const id = await createCounterparty({ name: 'ТОВ Вітрило', edrpou: code, phone: '(067) 123-45-67' });
    const entries = await entriesOf(id);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      action: 'create',
      actorType: 'admin',
      actorName: 'auditor Test (auditor@vitrylo.test)',
      apiTokenName: null,
      targetUid: COUNTERPARTY,
      targetDocumentId: id,
      targetLabel: 'ТОВ Вітрило',
    });
    expect(entry.actorAdminUser.id).toBe(admin.userId);
    expect(new Date(entry.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', old: null, new: 'ТОВ Вітрило' },
        { field: 'edrpou', old: null, new: code },
        { field: 'phone', old: null, new: '+380671234567' },
        { field: 'kind', old: null, new: 'client' },
      ]),
    );
    expect(fieldsOf(entry)).not.toContain('createdAt');
  });

  test('an update produces exactly one entry with exactly the changed fields, old and new', async () => {
    const id = await createCounterparty({ name: 'Склопак', phone: '+380501112233', website: 'sklopak.ua', note: 'перший' });
    const res = await admin.put(cm(COUNTERPARTY, id), {
      name: 'Склопак Плюс',
      kind: 'client',
      phone: '050 111 22 33', // the same number in another notation: normalized, so unchanged
      website: 'sklopak.ua',
      note: 'другий',
      email: null,
    });
    expect(res.status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries.map((e: any) => e.action)).toEqual(['create', 'update']);
    const update = entries[1];
    expect(update).toMatchObject({ actorType: 'admin', targetLabel: 'Склопак Плюс' });
    expect(update.actorAdminUser.id).toBe(admin.userId);
    expect(update.changes).toEqual([
      { field: 'name', old: 'Склопак', new: 'Склопак Плюс' },
      { field: 'note', old: 'перший', new: 'другий' },
    ]);
  });

  test('saving without changes writes nothing', async () => {
    const id = await createCounterparty({ name: 'Незмінний', phone: '+380671234567', attributes: { b: 2, a: 1 } });
    const before = await allEntries();
    const res = await admin.put(cm(COUNTERPARTY, id), {
      name: 'Незмінний',
      kind: 'client',
      phone: '(067) 123 45 67',
      attributes: { a: 1, b: 2 },
      bankAccounts: [],
      manager: { connect: [], disconnect: [] },
    });
    expect(res.status).toBe(200);
    expect(await allEntries()).toBe(before);
  });

  test('relations are logged as documentIds with labels', async () => {
    const employee = await admin.post(cm(EMPLOYEE), { fullName: 'Олена Коваль', active: true });
    expect(employee.status).toBe(201);
    const employeeId = employee.body.data.documentId;
    const id = await createCounterparty({ name: 'З менеджером' });
    const res = await admin.put(cm(COUNTERPARTY, id), { manager: { connect: [{ documentId: employeeId }], disconnect: [] } });
    expect(res.status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries).toHaveLength(2);
    expect(entries[1].changes).toEqual([{ field: 'manager', old: null, new: { documentId: employeeId, label: 'Олена Коваль' } }]);
  });

  test('an invoice: a changed line is logged with the recomputed totals; resaving the same lines writes nothing', async () => {
    const counterparty = await createCounterparty({ name: 'Покупець' });
    const lines = [
      { description: 'Склопакет', quantity: '2', price: '625.00', vatRate: 20 },
      { description: 'Монтаж', quantity: 1, price: 400, vatRate: 20 },
    ];
    const created = await admin.post(cm(INVOICE), { number: 'Р-101', date: '2025-03-01', counterparty, lines });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const [creation] = await entriesOf(id);
    expect(creation).toMatchObject({ action: 'create', targetLabel: 'Р-101 від 2025-03-01' });
    expect(creation.changes).toEqual(
      expect.arrayContaining([
        { field: 'total', old: null, new: '1980' },
        { field: 'counterparty', old: null, new: { documentId: counterparty, label: 'Покупець' } },
      ]),
    );

    // The content manager sends the lines back with their ids and the stored decimals as they came out.
    const stored: any = await app.strapi.documents(INVOICE as any).findOne({ documentId: id, populate: ['lines'] });
    const resent = stored.lines.map(({ id: lineId, description, quantity, price, vatRate }: any) => ({ id: lineId, description, quantity, price, vatRate }));
    const before = await allEntries();
    expect((await admin.put(cm(INVOICE, id), { number: 'Р-101', date: '2025-03-01', lines: resent, paidAmount: 0 })).status).toBe(200);
    expect(await allEntries()).toBe(before);

    const changed = resent.map((line: any, i: number) => (i === 0 ? { ...line, quantity: '3' } : line));
    expect((await admin.put(cm(INVOICE, id), { lines: changed })).status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries).toHaveLength(2);
    const update = entries[1];
    expect(fieldsOf(update)).toEqual(['lines', 'total', 'totalNet', 'totalVat']);
    const change = (field: string) => update.changes.find((c: any) => c.field === field);
    expect(change('total')).toEqual({ field: 'total', old: '1980', new: '2730' });
    expect(change('lines').old[0]).toMatchObject({ description: 'Склопакет', quantity: '2', price: '625' });
    expect(change('lines').new[0]).toMatchObject({ description: 'Склопакет', quantity: '3', price: '625' });
    expect(change('lines').new[0]).not.toHaveProperty('id');
  });

  test('a deletion is logged with the old values and the label, after the document is gone', async () => {
    const id = await createCounterparty({ name: 'На видалення', note: 'прощавай' });
    expect((await admin.del(cm(COUNTERPARTY, id))).status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries.map((e: any) => e.action)).toEqual(['create', 'delete']);
    expect(entries[1]).toMatchObject({ actorType: 'admin', targetLabel: 'На видалення' });
    expect(entries[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', old: 'На видалення', new: null },
        { field: 'note', old: 'прощавай', new: null },
      ]),
    );
  });

  test('a bulk delete in the content manager logs one entry per document', async () => {
    const ids = [await createCounterparty({ name: 'Пакет 1' }), await createCounterparty({ name: 'Пакет 2' })];
    const res = await admin.post(`${cm(COUNTERPARTY)}/actions/bulkDelete`, { documentIds: ids });
    expect(res.status).toBe(200);
    for (const id of ids) expect((await entriesOf(id)).map((e: any) => e.action)).toEqual(['create', 'delete']);
  });

  test('the entry is written in the same transaction: when it cannot be written, the change is rolled back', async () => {
    const id = await createCounterparty({ name: 'Атомарний' });
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: [AUDIT],
      beforeCreate() {
        throw new Error('audit storage unavailable');
      },
    });
    try {
      const res = await admin.put(cm(COUNTERPARTY, id), { name: 'Не збережеться' });
      expect(res.status).toBe(500);
    } finally {
      unsubscribe();
    }
    const stored: any = await app.strapi.documents(COUNTERPARTY as any).findOne({ documentId: id });
    expect(stored.name).toBe('Атомарний');
    expect(await entriesOf(id)).toHaveLength(1);
  });

  test('a refused write (validation error) logs nothing', async () => {
    const before = await allEntries();
    const res = await admin.post(cm(COUNTERPARTY), { name: 'Хибний', kind: 'client', edrpou: '14360571' });
    expect(res.status).toBe(400);
    expect(await allEntries()).toBe(before);
  });
});

describe('secrets', () => {
  test('secret-looking keys of JSON values are masked in the log', async () => {
    const id = await createCounterparty({ name: 'Портал', attributes: { portalLogin: 'vitrylo', portalPassword: 'first-S3cret' } });
    expect((await admin.put(cm(COUNTERPARTY, id), { attributes: { portalLogin: 'vitrylo', portalPassword: 'second-S3cret' } })).status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries).toHaveLength(2);
    expect(entries[1].changes).toEqual([
      { field: 'attributes', old: { portalLogin: 'vitrylo', portalPassword: '***' }, new: { portalLogin: 'vitrylo', portalPassword: '***' } },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/S3cret/);
  });

  test('a private attribute never appears in the log (the live schema is consulted on every write)', async () => {
    const attributes = (app.strapi.contentType(COUNTERPARTY as any) as any).attributes;
    attributes.vatNumber.private = true;
    try {
      const created: any = await app.strapi.documents(COUNTERPARTY as any).create({ data: { name: 'Приватний', kind: 'client', vatNumber: '100000000001' } as any });
      await app.strapi.documents(COUNTERPARTY as any).update({ documentId: created.documentId, data: { vatNumber: '200000000002', note: 'видно' } as any });
      const entries = await entriesOf(created.documentId);
      expect(entries.map((e: any) => e.action)).toEqual(['create', 'update']);
      expect(entries[1].changes).toEqual([{ field: 'note', old: null, new: 'видно' }]);
      expect(JSON.stringify(entries)).not.toMatch(/100000000001|200000000002/);
    } finally {
      delete attributes.vatNumber.private;
    }
  });
});

describe('other actors', () => {
  test('writes through a REST API token are attributed to the token', async () => {
    const token: any = await app.strapi.service('admin::api-token').create({ name: 'ERP sync', type: 'full-access', kind: 'content-api', lifespan: null } as any);
    const res = await app.http
      .post('/api/counterparties')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { name: 'Від ERP', kind: 'supplier' } });
    expect(res.status).toBe(201);
    const id = res.body.data.documentId;
    const update = await app.http
      .put(`/api/counterparties/${id}`)
      .set('Authorization', `Bearer ${token.accessKey}`)
      .send({ data: { note: 'оновлено з ERP' } });
    expect(update.status).toBe(200);
    const entries = await entriesOf(id);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actorType: 'api-token', apiTokenName: 'ERP sync', actorName: 'ERP sync', actorAdminUser: null });
    }
    expect(entries[1].changes).toEqual([{ field: 'note', old: null, new: 'оновлено з ERP' }]);
    expect(JSON.stringify(entries)).not.toContain(token.accessKey);
  });

  test('writes outside any request are the system', async () => {
    const created: any = await app.strapi.documents(COUNTERPARTY as any).create({ data: { name: 'Системний', kind: 'other' } as any });
    const [entry] = await entriesOf(created.documentId);
    expect(entry).toMatchObject({ action: 'create', actorType: 'system', actorName: null, actorAdminUser: null });
  });

  test('the log does not log itself and reference lists are logged like any CRM type', async () => {
    const region: any = await app.strapi.documents('api::region.region' as any).create({ data: { name: 'Київська' } as any });
    const entries = await entriesOf(region.documentId);
    expect(entries).toHaveLength(1);
    expect(await app.strapi.db.query(AUDIT as any).count({ where: { targetUid: AUDIT } })).toBe(0);
  });
});

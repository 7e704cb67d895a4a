import { suiteWithSuperAdmin } from '../helpers/suite';
import { AdminSession, cm, createAdminUser, loginAdmin } from '../helpers/admin';
import { fromDist } from '../helpers/dist';
import type * as Audit from '../../src/audit';

const { writeAuditEntry } = fromDist<typeof Audit>('src/audit');

const AUDIT = 'api::audit-entry.audit-entry';
const COUNTERPARTY = 'api::counterparty.counterparty';
const INVOICE = 'api::invoice.invoice';
const READ = 'plugin::content-manager.explorer.read';

const suite = suiteWithSuperAdmin();

const audit = () => suite.app.strapi.db.query(AUDIT as any);

async function someEntry(): Promise<any> {
  const created = await suite.admin.post(cm(COUNTERPARTY), { name: 'Для журналу', kind: 'client' });
  expect(created.status).toBe(201);
  return audit().findOne({ where: { targetDocumentId: created.body.data.documentId } });
}

/** An admin role with content-manager read access to the given types only (all their fields). */
async function sessionWithReadOn(email: string, uids: string[]): Promise<AdminSession> {
  const role: any = await suite.app.strapi.service('admin::role').create({ name: `Тільки читання ${email}`, description: 'test' });
  const permissions = uids.map((uid) => {
    const attributes = Object.keys((suite.app.strapi.contentType(uid as any) as any).attributes);
    return { action: READ, subject: uid, properties: { fields: attributes }, conditions: [] };
  });
  await suite.app.strapi.service('admin::role').assignPermissions(role.id, permissions);
  await suite.app.strapi.service('admin::user').create({ email, firstname: 'Reader', lastname: 'Test', password: 'Test-Passw0rd!', isActive: true, roles: [role.id] });
  return loginAdmin(suite.app, email);
}

describe('audit entries are read-only for everyone', () => {
  test('the super admin cannot create, edit, delete or clone an entry through the content manager', async () => {
    const entry = await someEntry();
    const before = await audit().count();

    const created = await suite.admin.post(cm(AUDIT), { action: 'update', actorType: 'admin', occurredAt: new Date().toISOString() });
    expect(created.status).toBe(403);
    const edited = await suite.admin.put(cm(AUDIT, entry.documentId), { targetLabel: 'підроблено' });
    expect(edited.status).toBe(403);
    const deleted = await suite.admin.del(cm(AUDIT, entry.documentId));
    expect(deleted.status).toBe(403);
    const bulk = await suite.admin.post(`${cm(AUDIT)}/actions/bulkDelete`, { documentIds: [entry.documentId] });
    expect(bulk.status).toBe(403);
    const cloned = await suite.admin.post(`/content-manager/collection-types/${AUDIT}/clone/${entry.documentId}`, { targetLabel: 'копія' });
    expect(cloned.status).toBe(403);

    expect(await audit().count()).toBe(before);
    expect(await audit().findOne({ where: { id: entry.id } })).toMatchObject({ targetLabel: 'Для журналу' });
  });

  test('it can still be read through the content manager', async () => {
    const entry = await someEntry();
    const res = await suite.admin.get(cm(AUDIT, entry.documentId));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ action: 'create', targetUid: COUNTERPARTY });
  });

  test('code is refused too: the Document Service and row-level queries, unless it is the audit writer', async () => {
    const entry = await someEntry();
    await expect(suite.app.strapi.documents(AUDIT as any).update({ documentId: entry.documentId, data: { targetLabel: 'x' } as any })).rejects.toThrow(/лише для читання/);
    await expect(suite.app.strapi.documents(AUDIT as any).delete({ documentId: entry.documentId })).rejects.toThrow(/лише для читання/);
    await expect(audit().update({ where: { id: entry.id }, data: { targetLabel: 'x' } })).rejects.toThrow(/лише для читання/);
    await expect(audit().deleteMany({ where: { id: entry.id } })).rejects.toThrow(/лише для читання/);
    await expect(audit().create({ data: { action: 'create', actorType: 'system', occurredAt: new Date() } })).rejects.toThrow(/лише для читання/);
    expect(await audit().findOne({ where: { id: entry.id } })).toMatchObject({ targetLabel: 'Для журналу' });

    await writeAuditEntry(suite.app.strapi, { actor: { actorType: 'system', actorAdminUserId: null, actorName: 'тест', apiTokenName: null }, action: 'bulk-job', jobName: 'writer-test' });
    expect(await audit().count({ where: { jobName: 'writer-test' } })).toBe(1);
  });

  test('an entry keeps the name of its author after the admin user is deleted', async () => {
    const user: any = await createAdminUser(suite.app.strapi, 'leaver@vitrylo.test');
    const leaver = await loginAdmin(suite.app, 'leaver@vitrylo.test');
    const created = await leaver.post(cm(COUNTERPARTY), { name: 'Від звільненого', kind: 'client' });
    expect(created.status).toBe(201);
    await suite.app.strapi.service('admin::user').deleteById(user.id);
    const entry: any = await audit().findOne({ where: { targetDocumentId: created.body.data.documentId }, populate: ['actorAdminUser'] });
    expect(entry).toMatchObject({ action: 'create', actorType: 'admin', actorName: 'leaver Test (leaver@vitrylo.test)', actorAdminUser: null });
  });

  test('the REST API has no write routes for it', async () => {
    const token: any = await suite.app.strapi.service('admin::api-token').create({ name: 'full', type: 'full-access', kind: 'content-api', lifespan: null } as any);
    const auth = (req: any) => req.set('Authorization', `Bearer ${token.accessKey}`);
    expect((await auth(suite.app.http.post('/api/audit-entries')).send({ data: { action: 'create', actorType: 'system' } })).status).toBe(405);
    // Nor is it readable with a full-access token: only custom tokens (tests/integration/rest-audit-token.test.ts).
    expect((await auth(suite.app.http.get('/api/audit-entries'))).status).toBe(403);
  });

  test('every field is marked not editable in the content-manager edit view', async () => {
    const res = await suite.admin.get(`/content-manager/content-types/${AUDIT}/configuration`);
    expect(res.status).toBe(200);
    const metadatas = res.body.data.contentType.metadatas;
    for (const field of ['occurredAt', 'actorType', 'actorAdminUser', 'actorName', 'apiTokenName', 'targetUid', 'targetDocumentId', 'targetLabel', 'action', 'changes', 'jobName', 'counts']) {
      expect([field, metadatas[field].edit.editable]).toEqual([field, false]);
    }
    expect(metadatas.action.edit.label).toBe('Дія');
    expect(res.body.data.contentType.settings.defaultSortBy).toBe('occurredAt');
  });

  test('the indexes on (targetUid, targetDocumentId) and occurredAt exist', async () => {
    const indexes: any[] = await (suite.app.strapi.db as any).dialect.schemaInspector.getIndexes('audit_entries');
    const byName = Object.fromEntries(indexes.map((index) => [index.name, index.columns]));
    expect(byName.audit_entries_target_idx).toEqual(['target_uid', 'target_document_id']);
    expect(byName.audit_entries_occurred_at_idx).toEqual(['occurred_at']);
  });
});

describe('GET /crm/audit-entries', () => {
  test('returns the history of one document to an admin, newest first', async () => {
    const created = await suite.admin.post(cm(COUNTERPARTY), { name: 'Історія', kind: 'client' });
    const id = created.body.data.documentId;
    await suite.admin.put(cm(COUNTERPARTY, id), { note: 'перша зміна' });
    await suite.admin.put(cm(COUNTERPARTY, id), { note: 'друга зміна' });
    await suite.admin.post(cm(COUNTERPARTY), { name: 'Інший', kind: 'client' });

    const res = await suite.admin.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: any) => e.action)).toEqual(['update', 'update', 'create']);
    expect(res.body.data[0]).toMatchObject({
      actorType: 'admin',
      actorName: 'root Test (root@vitrylo.test)',
      targetLabel: 'Історія',
      changes: [{ field: 'note', old: 'перша зміна', new: 'друга зміна' }],
    });
  });

  test('component changes are shown to a reader of the whole document', async () => {
    const counterparty = (await suite.admin.post(cm(COUNTERPARTY), { name: 'Покупець', kind: 'client' })).body.data.documentId;
    const invoice = await suite.admin.post(cm(INVOICE), { number: 'Р-1', date: '2025-01-10', counterparty, lines: [{ description: 'Скло', quantity: 1, price: 10 }] });
    const res = await suite.admin.get(`/crm/audit-entries?uid=${INVOICE}&documentId=${invoice.body.data.documentId}`);
    expect(res.status).toBe(200);
    const fields = res.body.data[0].changes.map((c: any) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['number', 'lines', 'total']));
  });

  test('only the latest 50 entries are returned', async () => {
    const created = await suite.admin.post(cm(COUNTERPARTY), { name: 'Багато змін', kind: 'client' });
    const id = created.body.data.documentId;
    for (let i = 1; i <= 52; i += 1) {
      await suite.app.strapi.documents(COUNTERPARTY as any).update({ documentId: id, data: { note: `зміна ${i}` } as any });
    }
    const res = await suite.admin.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(50);
    expect(res.body.data[0].changes[0].new).toBe('зміна 52');
  });

  test('401 without an admin token', async () => {
    const res = await suite.app.http.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=x`);
    expect(res.status).toBe(401);
  });

  test('400 for a missing or unknown type, 404 for an unknown document', async () => {
    expect((await suite.admin.get('/crm/audit-entries?documentId=x')).status).toBe(400);
    expect((await suite.admin.get(`/crm/audit-entries?uid=${AUDIT}&documentId=x`)).status).toBe(400);
    expect((await suite.admin.get('/crm/audit-entries?uid=admin::user&documentId=x')).status).toBe(400);
    expect((await suite.admin.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=nope`)).status).toBe(404);
  });

  test('403 without read access to audit entries, or to the document', async () => {
    const created = await suite.admin.post(cm(COUNTERPARTY), { name: 'Закритий', kind: 'client' });
    const id = created.body.data.documentId;
    const noAudit = await sessionWithReadOn('no-audit@vitrylo.test', [COUNTERPARTY]);
    expect((await noAudit.get(cm(COUNTERPARTY, id))).status).toBe(200);
    expect((await noAudit.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=${id}`)).status).toBe(403);

    const noTarget = await sessionWithReadOn('no-target@vitrylo.test', [AUDIT]);
    expect((await noTarget.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=${id}`)).status).toBe(403);

    const both = await sessionWithReadOn('reader@vitrylo.test', [AUDIT, COUNTERPARTY]);
    const res = await both.get(`/crm/audit-entries?uid=${COUNTERPARTY}&documentId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
  });
});

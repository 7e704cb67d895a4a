import fs from 'fs';
import path from 'path';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { editableStringField, minimalData, createMinimalDocument } from '../helpers/minimal-documents';

/** Every uid DESIGN.md names; the model must hold each of them. */
const DESIGN_UIDS = [
  'industry', 'market-segment', 'region', 'business-line', 'interaction-stage', 'lead-source', 'loss-reason', 'product-group',
  'department', 'employee', 'counterparty', 'contact-person', 'interaction', 'inbound-request', 'routing-rule', 'notification',
  'product', 'contract', 'invoice', 'payment', 'bank-statement', 'schedule-entry', 'marketing-event', 'marketing-material',
  'segment', 'refusal', 'complaint', 'report-template',
].map((name) => `api::${name}.${name}`);

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  admin = await createSuperAdminSession(app);
});
afterAll(async () => { await app?.stop(); });

test('the content manager lists every uid of DESIGN.md, none with draft & publish', async () => {
  const res = await admin.get('/content-manager/content-types');
  expect(res.status).toBe(200);
  const byUid = new Map<string, any>(res.body.data.map((type: any) => [type.uid, type]));
  for (const uid of DESIGN_UIDS) {
    expect(byUid.has(uid)).toBe(true);
    expect(byUid.get(uid).isDisplayed).toBe(true);
    expect(byUid.get(uid).options?.draftAndPublish ?? false).toBe(false);
  }
});

describe.each(DESIGN_UIDS)('%s through the content manager', (uid) => {
  test('create, read, update, delete', async () => {
    const data = await minimalData(app.strapi, uid);
    const created = await admin.post(cm(uid), data);
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const read = await admin.get(cm(uid, documentId));
    expect(read.status).toBe(200);
    expect(read.body.data.documentId).toBe(documentId);

    const field = editableStringField(app.strapi, uid);
    expect(field).toBeDefined();
    const updated = await admin.put(cm(uid, documentId), { [field!]: 'Змінене значення' });
    expect(updated.status).toBe(200);
    expect((await admin.get(cm(uid, documentId))).body.data[field!]).toBe('Змінене значення');

    const list = await admin.get(`${cm(uid)}?page=1&pageSize=10`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((row: any) => row.documentId)).toContain(documentId);

    expect((await admin.del(cm(uid, documentId))).status).toBe(200);
    expect((await admin.get(cm(uid, documentId))).status).toBe(404);
  });
});

/** Bidirectional relations from the schemas: owner uid.field → target uid.inverse. */
function bidirectionalRelations(): Array<[string, string, string, string]> {
  const pairs: Array<[string, string, string, string]> = [];
  const apiDir = path.resolve(__dirname, '../../src/api');
  for (const name of fs.readdirSync(apiDir)) {
    const file = path.join(apiDir, name, 'content-types', name, 'schema.json');
    if (!fs.existsSync(file)) continue;
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [field, attribute] of Object.entries<any>(schema.attributes)) {
      if (attribute.type === 'relation' && attribute.inversedBy) pairs.push([`api::${name}.${name}`, field, attribute.target, attribute.inversedBy]);
    }
  }
  return pairs;
}

describe.each(bidirectionalRelations())('relation %s.%s ↔ %s.%s', (ownerUid, field, targetUid, inverse) => {
  test('is navigable from both sides in the content manager', async () => {
    const targetId = await createMinimalDocument(app.strapi, targetUid);
    const ownerAttribute: any = (app.strapi.getModel(ownerUid as any) as any).attributes[field];
    const value = ownerAttribute.relation.endsWith('ToMany') ? [targetId] : targetId;
    const ownerId = await createMinimalDocument(app.strapi, ownerUid, { [field]: value });

    const fromOwner = await admin.get(`/content-manager/relations/${ownerUid}/${ownerId}/${field}`);
    expect(fromOwner.status).toBe(200);
    expect(fromOwner.body.results.map((row: any) => row.documentId)).toContain(targetId);

    const fromTarget = await admin.get(`/content-manager/relations/${targetUid}/${targetId}/${inverse}`);
    expect(fromTarget.status).toBe(200);
    expect(fromTarget.body.results.map((row: any) => row.documentId)).toContain(ownerId);
  });
});

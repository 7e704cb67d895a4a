import fs from 'fs';
import path from 'path';
import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';
import { editableStringField, minimalData, createMinimalDocument } from '../helpers/minimal-documents';

/** Every uid DESIGN.md names; the model must hold each of them. */
const DESIGN_UIDS = [
  'industry', 'market-segment', 'region', 'business-line', 'interaction-stage', 'lead-source', 'loss-reason', 'product-group',
  'department', 'employee', 'counterparty', 'contact-person', 'interaction', 'inbound-request', 'routing-rule', 'notification',
  'product', 'contract', 'invoice', 'payment', 'bank-statement', 'schedule-entry', 'marketing-event', 'marketing-material',
  'segment', 'refusal', 'complaint', 'report-template',
].map((name) => `api::${name}.${name}`);

const suite = suiteWithSuperAdmin();

test('the content manager lists every uid of DESIGN.md, none with draft & publish', async () => {
  const res = await suite.admin.get('/content-manager/content-types');
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
    const data = await minimalData(suite.app.strapi, uid);
    const created = await suite.admin.post(cm(uid), data);
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const read = await suite.admin.get(cm(uid, documentId));
    expect(read.status).toBe(200);
    expect(read.body.data.documentId).toBe(documentId);

    const field = editableStringField(suite.app.strapi, uid);
    expect(field).toBeDefined();
    const updated = await suite.admin.put(cm(uid, documentId), { [field!]: 'Змінене значення' });
    expect(updated.status).toBe(200);
    expect((await suite.admin.get(cm(uid, documentId))).body.data[field!]).toBe('Змінене значення');

    const list = await suite.admin.get(`${cm(uid)}?page=1&pageSize=10`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((row: any) => row.documentId)).toContain(documentId);

    expect((await suite.admin.del(cm(uid, documentId))).status).toBe(200);
    expect((await suite.admin.get(cm(uid, documentId))).status).toBe(404);
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
    const targetId = await createMinimalDocument(suite.app.strapi, targetUid);
    const ownerAttribute: any = (suite.app.strapi.getModel(ownerUid as any) as any).attributes[field];
    const value = ownerAttribute.relation.endsWith('ToMany') ? [targetId] : targetId;
    const ownerId = await createMinimalDocument(suite.app.strapi, ownerUid, { [field]: value });

    const fromOwner = await suite.admin.get(`/content-manager/relations/${ownerUid}/${ownerId}/${field}`);
    expect(fromOwner.status).toBe(200);
    expect(fromOwner.body.results.map((row: any) => row.documentId)).toContain(targetId);

    const fromTarget = await suite.admin.get(`/content-manager/relations/${targetUid}/${targetId}/${inverse}`);
    expect(fromTarget.status).toBe(200);
    expect(fromTarget.body.results.map((row: any) => row.documentId)).toContain(ownerId);
  });
});

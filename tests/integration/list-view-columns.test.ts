import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * A panel list reads of a related record the field its column shows (the list view's main field), not the
 * whole record (src/domain/lists/list-populate.ts); a column an administrator adds shows at the next page.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
const LIST = `/content-manager/collection-types/${UID.interaction}`;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
});
afterAll(async () => {
  await app?.stop();
});

const listed = async (person: Person, documentId: string) => {
  const res = await as[person].get(`${LIST}?page=1&pageSize=100&sort=occurredAt:DESC`);
  expect([person, res.status]).toEqual([person, 200]);
  return res.body.results.find((row: any) => row.documentId === documentId);
};

test("a related record in a list row is its documentId and the field its cell shows, whoever reads it", async () => {
  const interaction = fx.records.own.interaction.documentId;
  const counterparty: any = await app.strapi.documents(UID.counterparty as any).findOne({ documentId: fx.records.own.counterparty.documentId });
  const employee: any = await app.strapi.documents(UID.employee as any).findOne({ documentId: fx.employees.manager.documentId });
  for (const person of ['director', 'manager', 'colleague'] as const) {
    const row = await listed(person, interaction);
    expect(row).toBeDefined();
    expect(row.counterparty).toEqual({ id: expect.any(Number), documentId: counterparty.documentId, name: counterparty.name });
    expect(row.employee).toEqual({ id: expect.any(Number), documentId: employee.documentId, fullName: employee.fullName });
  }
});

test("another department's manager does not get the row at all", async () => {
  expect(await listed('otherManager', fx.records.own.interaction.documentId)).toBeUndefined();
});

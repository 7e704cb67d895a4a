import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * A panel list reads of a related record the field its column shows (the list view's main field), not the
 * whole record (src/domain/lists/list-populate.ts); a column a person switches on in "Показані поля" (the panel
 * names it in a request header) shows its values too.
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

const COLUMNS_HEADER = 'X-Vitrylo-List-Columns';

const listed = async (person: Person, documentId: string, columns?: string) => {
  const request = as[person].get(`${LIST}?page=1&pageSize=100&sort=occurredAt:DESC`);
  const res = await (columns === undefined ? request : request.set(COLUMNS_HEADER, columns));
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

describe('a relation column switched on in the list', () => {
  let contactPerson: any;
  let invoice: any;
  beforeAll(async () => {
    contactPerson = await app.strapi.documents(UID.contactPerson as any).findOne({ documentId: fx.records.own.contactPerson.documentId });
    invoice = await app.strapi.documents(UID.invoice as any).findOne({ documentId: fx.records.own.invoice.documentId });
    await app.strapi.documents(UID.interaction as any).update({
      documentId: fx.records.own.interaction.documentId,
      data: { contactPerson: contactPerson.documentId, invoice: invoice.documentId } as any,
    });
  });

  test('is read with the page when the panel names it, by the field its cell shows', async () => {
    const interaction = fx.records.own.interaction.documentId;
    for (const person of ['director', 'manager'] as const) {
      const row = await listed(person, interaction, 'occurredAt,counterparty,contactPerson,invoice');
      expect(row.contactPerson).toEqual({ id: expect.any(Number), documentId: contactPerson.documentId, fullName: contactPerson.fullName });
      expect(row.invoice).toEqual({ id: expect.any(Number), documentId: invoice.documentId, number: invoice.number });
      expect(row.counterparty).toEqual(expect.objectContaining({ documentId: fx.records.own.counterparty.documentId }));
    }
  });

  test('is not read when nobody shows it', async () => {
    const row = await listed('director', fx.records.own.interaction.documentId);
    expect(row).not.toHaveProperty('contactPerson');
    expect(row).not.toHaveProperty('invoice');
  });

  test('names no more than the caller may read: whoever may not read invoices gets no invoice number', async () => {
    const interaction = fx.records.own.interaction.documentId;
    const withoutInvoices: Person[] = [];
    for (const person of Object.keys(as) as Person[]) {
      const interactions = await as[person].get(`${LIST}?page=1&pageSize=1`);
      const invoices = await as[person].get(`/content-manager/collection-types/${UID.invoice}?page=1&pageSize=1`);
      if (interactions.status === 200 && invoices.status === 403) withoutInvoices.push(person);
    }
    expect(withoutInvoices.length).toBeGreaterThan(0);
    for (const person of withoutInvoices) {
      const row = await listed(person, interaction, 'invoice,contactPerson');
      if (row?.invoice !== undefined && row.invoice !== null) expect([person, Object.keys(row.invoice).sort()]).toEqual([person, ['documentId', 'id']]);
    }
  });

  test('a header naming what is no column adds nothing to the row', async () => {
    const plain = await listed('manager', fx.records.own.interaction.documentId);
    const named = await listed('manager', fx.records.own.interaction.documentId, 'password,accessCounterpartyManagerUser,__proto__,counterparty.adminUser,nothing');
    expect(Object.keys(named).sort()).toEqual(Object.keys(plain).sort());
    expect(named.counterparty).toEqual(plain.counterparty);
  });

  test("the creator columns show a name, never the admin account behind it", async () => {
    const row = await listed('manager', fx.records.own.interaction.documentId, 'createdBy,updatedBy');
    for (const creator of [row.createdBy, row.updatedBy].filter(Boolean)) {
      for (const key of Object.keys(creator)) expect(['id', 'firstname', 'lastname', 'username']).toContain(key);
    }
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { cm, createSuperAdminSession, AdminSession } from '../helpers/admin';
import { createAccessFixtures, loginAll, AccessFixtures, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * The relation pickers of the content manager search like the lists: through the normalized search column
 * (any letter case, Cyrillic included, a phone in any format, ЄДРПОУ, e-mail, IBAN), only among what the
 * caller may see; and a contact person's phone or e-mail finds their counterparty, in the picker and in
 * the list, for whoever may read contact persons.
 */
let app: TestApp;
let fixtures: AccessFixtures;
let root: AdminSession;
let staff: Record<Person, AdminSession>;
let client: string;
let contact: string;

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi, '-pickers');
  root = await createSuperAdminSession(app);
  staff = await loginAll(app, fixtures);
  client = (
    await app.strapi.documents(UID.counterparty as any).create({
      data: {
        name: 'ДП «Кластехніка»',
        kind: 'client',
        edrpou: '14360570',
        phone: '+380442223344',
        email: 'Office@Klastech.UA',
        manager: fixtures.employees.manager.documentId,
        department: fixtures.departments.sales1.documentId,
        bankAccounts: [{ iban: 'UA213223130000026007233566001', bankName: 'ПриватБанк' }],
      },
    } as any)
  ).documentId;
  contact = (
    await app.strapi.documents(UID.contactPerson as any).create({
      data: { fullName: 'Ткаченко Марія', phone: '+380978359059', email: 'Maria.T@klastech.ua', counterparty: client },
    } as any)
  ).documentId;
});
afterAll(async () => {
  await app?.stop();
});

/** What the picker of `field` on `source` offers for a typed text. */
async function offered(session: AdminSession, source: string, field: string, typed: string): Promise<string[]> {
  const res = await session.get(`/content-manager/relations/${source}/${field}?page=1&pageSize=50&_q=${encodeURIComponent(typed)}`);
  expect(res.status).toBe(200);
  expect(res.body.pagination.total).toBe(res.body.results.length);
  return res.body.results.map((row: any) => row.documentId);
}

async function listed(session: AdminSession, uid: string, typed: string): Promise<string[]> {
  const res = await session.get(`${cm(uid)}?page=1&pageSize=50&_q=${encodeURIComponent(typed)}`);
  expect(res.status).toBe(200);
  return res.body.results.map((row: any) => row.documentId);
}

test.each(['кластех', 'КЛАСТЕХНІКА', 'ДП «Кластех', '044 222 33 44', '14360570', 'office@klastech', 'UA21 3223 1300 0002'])(
  'the counterparty picker finds the client by %j',
  async (typed) => {
    expect(await offered(root, UID.inboundRequest, 'counterparty', typed)).toEqual([client]);
  },
);

test.each(['ткаченко', 'МАРІЯ', '097 835 90 59', '+38 (097) 835-90-59', 'maria.t@'])('the contact person picker finds the contact by %j', async (typed) => {
  expect(await offered(root, UID.inboundRequest, 'contactPerson', typed)).toEqual([contact]);
});

test('a contact person\'s phone and e-mail find the counterparty in its picker and in its list', async () => {
  for (const typed of ['097 835 90 59', '0978359059', 'maria.t@klastech']) {
    expect(await offered(root, UID.inboundRequest, 'counterparty', typed)).toEqual([client]);
    expect(await listed(root, UID.counterparty, typed)).toEqual([client]);
  }
  // a name is no such link: "марія" does not list every client with a Марія on its staff
  expect(await listed(root, UID.counterparty, 'марія')).toEqual([]);
});

test('the Secretary finds the client in the picker of her request form by name, phone and its contact\'s phone', async () => {
  for (const typed of ['кластех', '044 222 33 44', '097 835 90 59']) {
    expect(await offered(staff.secretary, UID.inboundRequest, 'counterparty', typed)).toEqual([client]);
  }
  expect(await offered(staff.secretary, UID.inboundRequest, 'contactPerson', 'ткаченко')).toEqual([contact]);
});

test('the pickers offer only what the caller may see', async () => {
  expect(await offered(staff.manager, UID.interaction, 'counterparty', 'кластех')).toEqual([client]);
  expect(await offered(staff.manager, UID.interaction, 'counterparty', '097 835 90 59')).toEqual([client]);
  expect(await offered(staff.otherManager, UID.interaction, 'counterparty', 'кластех')).toEqual([]);
  expect(await offered(staff.otherManager, UID.interaction, 'counterparty', '097 835 90 59')).toEqual([]);
  expect(await offered(staff.otherManager, UID.interaction, 'contactPerson', '097 835 90 59')).toEqual([]);
  expect(await listed(staff.otherManager, UID.counterparty, '097 835 90 59')).toEqual([]);
});

test('whoever may not read contact persons does not find a counterparty by its contact\'s phone', async () => {
  // the Accountant reads counterparties but no contact persons: the phone must not tell whose contact it is
  expect(await listed(staff.accountant, UID.counterparty, 'кластех')).toEqual([client]);
  expect(await listed(staff.accountant, UID.counterparty, '097 835 90 59')).toEqual([]);
  expect(await offered(staff.accountant, UID.invoice, 'counterparty', '097 835 90 59')).toEqual([]);
  expect(await offered(staff.accountant, UID.invoice, 'counterparty', 'кластех')).toEqual([client]);
});

test('a moved or changed phone is found where it is now', async () => {
  await app.strapi.documents(UID.contactPerson as any).update({ documentId: contact, data: { phone: '+380501110000' } } as any);
  expect(await listed(root, UID.counterparty, '097 835 90 59')).toEqual([]);
  expect(await offered(root, UID.inboundRequest, 'counterparty', '050 111 00 00')).toEqual([client]);
});

test('the picker still leaves out the records already linked and pages as before', async () => {
  const request = await app.strapi.documents(UID.inboundRequest as any).create({
    data: { channel: 'phone', subject: 'Пікер', counterparty: client, state: 'done' },
  } as any);
  const res = await root.get(`/content-manager/relations/${UID.inboundRequest}/counterparty?id=${request.documentId}&page=1&pageSize=50&_q=кластех`);
  expect(res.status).toBe(200);
  expect(res.body.results).toEqual([]);
  const all = await root.get(`/content-manager/relations/${UID.inboundRequest}/counterparty?page=1&pageSize=2&_q=${encodeURIComponent(fixtures.records.own.tag.split(' ')[0])}`);
  expect(all.status).toBe(200);
  expect(all.body.pagination.total).toBe(3);
  expect(all.body.results).toHaveLength(2);
});

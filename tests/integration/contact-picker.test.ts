import { startStrapi, TestApp } from '../helpers/strapi';
import { createSuperAdminSession, AdminSession } from '../helpers/admin';
import { createAccessFixtures, loginAll, AccessFixtures, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * The contact-person picker of an interaction, a request or a complaint narrowed to the counterparty chosen
 * in the form (`?counterparty=<documentId>`, src/search/contact-picker.ts): only that counterparty's
 * contacts, still only those the caller may see; a counterparty the caller may not see answers as an
 * unknown one does; a malformed value, or the parameter on another picker, is refused.
 */
let app: TestApp;
let fixtures: AccessFixtures;
let root: AdminSession;
let staff: Record<Person, AdminSession>;
let own: { client: string; contacts: string[] };

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi, '-contact-picker');
  root = await createSuperAdminSession(app);
  staff = await loginAll(app, fixtures);
  const client = fixtures.records.own.counterparty.documentId;
  const second = await app.strapi.documents(UID.contactPerson as any).create({ data: { fullName: 'Друга Особа Власного', counterparty: client } } as any);
  own = { client, contacts: [fixtures.records.own.contactPerson.documentId, second.documentId].sort() };
});
afterAll(async () => {
  await app?.stop();
});

const picker = (source: string, query: string) => `/content-manager/relations/${source}/contactPerson?page=1&pageSize=100${query}`;

/** The documentIds the picker offers, after checking the page agrees with its count. */
async function offered(session: AdminSession, source: string, query: string): Promise<string[]> {
  const res = await session.get(picker(source, query));
  expect(res.status).toBe(200);
  expect(res.body.pagination.total).toBe(res.body.results.length);
  return res.body.results.map((row: any) => row.documentId).sort();
}

test.each([UID.interaction, UID.inboundRequest, UID.complaint])('the contact picker of %s offers only the chosen counterparty\'s contacts', async (source) => {
  expect(await offered(root, source, `&counterparty=${own.client}`)).toEqual(own.contacts);
  expect(await offered(staff.manager, source, `&counterparty=${own.client}`)).toEqual(own.contacts);
  // without the parameter, every contact the caller may see, as before
  const all = await offered(root, source, '');
  expect(all).toEqual(expect.arrayContaining([...own.contacts, fixtures.records.other.contactPerson.documentId]));
});

test('the typed search and the records already linked still count', async () => {
  expect(await offered(root, UID.interaction, `&counterparty=${own.client}&_q=${encodeURIComponent('Друга')}`)).toHaveLength(1);
  expect(await offered(root, UID.interaction, `&counterparty=${own.client}&_q=${encodeURIComponent(fixtures.records.other.tag)}`)).toEqual([]);
  const interaction = await app.strapi.documents(UID.interaction as any).create({
    data: { subject: 'Контакт з особою', kind: 'call-out', counterparty: own.client, contactPerson: fixtures.records.own.contactPerson.documentId },
  } as any);
  const rest = await offered(root, UID.interaction, `&id=${interaction.documentId}&counterparty=${own.client}`);
  expect(rest).toEqual(own.contacts.filter((id) => id !== fixtures.records.own.contactPerson.documentId));
});

test('a counterparty the caller may not see answers exactly as an unknown one: an empty page', async () => {
  const hidden = fixtures.records.other.counterparty.documentId;
  const unknown = 'zzzzzzzzzzzzzzzzzzzzzzzz';
  const asHidden = await staff.manager.get(picker(UID.interaction, `&counterparty=${hidden}`));
  const asUnknown = await staff.manager.get(picker(UID.interaction, `&counterparty=${unknown}`));
  expect(asHidden.status).toBe(200);
  expect(asHidden.body).toEqual(asUnknown.body);
  expect(asHidden.body.results).toEqual([]);
  // the other department's manager sees that client and its contact
  expect(await offered(staff.otherManager, UID.interaction, `&counterparty=${hidden}`)).toEqual([fixtures.records.other.contactPerson.documentId]);
  // and the Secretary, who reads every counterparty, every contact of it
  expect(await offered(staff.secretary, UID.inboundRequest, `&counterparty=${own.client}`)).toEqual(own.contacts);
});

test('contacts the caller may not see stay hidden whatever counterparty is named', async () => {
  // a contact of a hidden client moved under a client the manager sees would be the manager's to see anyway;
  // here a visible client's contact list never shows a contact the caller may not read
  const visible = await offered(staff.manager, UID.interaction, `&counterparty=${fixtures.records.department.counterparty.documentId}`);
  expect(visible).toEqual([fixtures.records.department.contactPerson.documentId]);
  expect(await offered(staff.otherManager, UID.interaction, `&counterparty=${own.client}`)).toEqual([]);
});

test('a value that is no documentId, or the parameter on another picker, is refused with 400 naming it', async () => {
  for (const query of [`&counterparty[$ne]=x`, `&counterparty[]=${own.client}`, '&counterparty=', `&counterparty=${encodeURIComponent("a' OR 1=1")}`]) {
    const res = await staff.manager.get(picker(UID.interaction, query));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain('counterparty');
  }
  const other = await staff.manager.get(`/content-manager/relations/${UID.interaction}/counterparty?page=1&pageSize=10&counterparty=${own.client}`);
  expect(other.status).toBe(400);
  const invoice = await staff.manager.get(`/content-manager/relations/${UID.invoice}/contract?page=1&pageSize=10&counterparty=${own.client}`);
  expect(invoice.status).toBe(400);
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession, cm } from '../helpers/admin';

let app: TestApp;
let fixtures: AccessFixtures;
let sessions: Record<Person, AdminSession>;

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fixtures);
});
afterAll(async () => { await app?.stop(); });

const INVOICE = 'api::invoice.invoice';
const COUNTERPARTY = 'api::counterparty.counterparty';
const count = (uid: string) => app.strapi.db.query(uid as any).count();

test('a manager cannot file an invoice under another department’s client, nothing is saved', async () => {
  const before = await count(INVOICE);
  const res = await sessions.manager.post(cm(INVOICE), {
    number: 'Чужий-1', date: '2026-05-01', counterparty: fixtures.records.other.counterparty.documentId, lines: [],
  });
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors).toEqual([
    expect.objectContaining({ path: ['counterparty'], message: 'Контрагент: не можна прив’язувати чи відв’язувати записи, яких ви не бачите' }),
  ]);
  expect(await count(INVOICE)).toBe(before);
});

test('a manager cannot pull another department’s contact person into their own counterparty', async () => {
  const foreign = fixtures.records.other.contactPerson;
  const res = await sessions.manager.put(cm(COUNTERPARTY, fixtures.records.own.counterparty.documentId), {
    contactPersons: { connect: [{ id: foreign.id, documentId: foreign.documentId }], disconnect: [] },
  });
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['contactPersons']);
  expect(res.body.error.message).toMatch(/: не можна прив’язувати чи відв’язувати записи, яких ви не бачите$/);
  const stored: any = await app.strapi.db.query('api::contact-person.contact-person' as any).findOne({ where: { id: foreign.id }, populate: ['counterparty'] });
  expect(stored.counterparty.documentId).toBe(fixtures.records.other.counterparty.documentId);
});

test('linking records the manager can see works, and the Director may link anything', async () => {
  const own = await sessions.manager.post(cm(INVOICE), { number: 'Свій-1', date: '2026-05-02', counterparty: fixtures.records.own.counterparty.documentId, lines: [] });
  expect(own.status).toBe(201);
  const interaction = await sessions.director.post(cm('api::interaction.interaction'), {
    occurredAt: '2026-05-03T10:00:00.000Z', kind: 'meeting', subject: 'Зустріч директора', counterparty: fixtures.records.other.counterparty.documentId,
  });
  expect(interaction.status).toBe(201);
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { fromDist } from '../helpers/dist';
import { DocumentIds } from '../../src/seed/scale';

/**
 * npm run seed:scale at a tiny size: rows written straight into the tables must read back through the
 * Document Service whole and linked, pass the app's own validation when saved again, and a second run must
 * add nothing. The first run stops halfway (smaller targets) so the second one also exercises resuming.
 */
const options = { scale: 1, adminEmail: 'boss@vitrylo.test', adminPassword: 'Boss-Passw0rd', demoPassword: 'Demo-Passw0rd' };
const TARGETS = { counterparties: 200, interactions: 2000 };
const COUNTERPARTY = 'api::counterparty.counterparty';
const CONTACT = 'api::contact-person.contact-person';
const INTERACTION = 'api::interaction.interaction';

let app: TestApp;
let before: Record<string, number>;
const counterpartyIds = new DocumentIds('vitrylo', 'counterparty');
const interactionIds = new DocumentIds('vitrylo', 'interaction');
const count = (uid: string) => app.strapi.db.query(uid as any).count({});
const docs = (uid: string) => (app.strapi.documents as any)(uid);
const seedScale = (targets: { counterparties: number; interactions: number }) =>
  fromDist('src/seed/scale-db').runScaleSeed(app.strapi, { targets });

/**
 * The Document Service emits its entry events after commit without awaiting them, each reading the entry back
 * with its relations (thousands of interactions for a busy counterparty): let them finish before going on, or
 * stopping Strapi closes the pool under them.
 */
async function settleEvents(timeoutMs = 30_000): Promise<void> {
  const pool = (app.strapi.db as any).connection.client.pool;
  const deadline = Date.now() + timeoutMs;
  await new Promise((resolve) => setTimeout(resolve, 50));
  while ((pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function counts(): Promise<Record<string, number>> {
  return { counterparty: await count(COUNTERPARTY), contact: await count(CONTACT), interaction: await count(INTERACTION) };
}

beforeAll(async () => {
  app = await startStrapi();
  await fromDist('src/seed').setupDemo(app.strapi, options);
  before = await counts();
  const partial = await seedScale({ counterparties: 120, interactions: 700 });
  expect(partial.written).toEqual({ counterparties: 120, interactions: 700 });
  const rest = await seedScale(TARGETS);
  expect(rest.written).toEqual({ counterparties: 80, interactions: 1300 });
});
afterAll(async () => {
  await app?.stop();
});

test('writes the counterparties, their contacts and the interactions asked for', async () => {
  const after = await counts();
  expect(after.counterparty - before.counterparty).toBe(TARGETS.counterparties);
  expect(after.interaction - before.interaction).toBe(TARGETS.interactions);
  const contacts = after.contact - before.contact;
  expect(contacts).toBeGreaterThanOrEqual(TARGETS.counterparties);
  expect(contacts).toBeLessThanOrEqual(3 * TARGETS.counterparties);
});

test('counterparties read back through the Document Service whole and linked', async () => {
  const sample = [0, 1, 57, 119, 120, 199].map((i) => counterpartyIds.of(i));
  const found: any[] = await docs(COUNTERPARTY).findMany({
    filters: { documentId: { $in: sample } },
    populate: ['manager', 'department', 'region', 'industry', 'contactPersons', 'address', 'bankAccounts'],
  });
  expect(found.map((c) => c.documentId).sort()).toEqual([...sample].sort());
  for (const c of found) {
    expect(c.documentId).toMatch(/^[a-z][0-9a-z]{23}$/);
    expect(c.name).toBeTruthy();
    expect(c.edrpou || c.rnokpp).toBeTruthy();
    expect(c.manager?.fullName).toBeTruthy();
    expect(c.department?.name).toMatch(/Відділ продажів/);
    expect(c.region?.name).toBeTruthy();
    expect(c.address?.city).toBeTruthy();
    expect(c.bankAccounts.length).toBeGreaterThanOrEqual(1);
    expect(c.bankAccounts[0].isMain).toBe(true);
    expect(c.contactPersons.length).toBeGreaterThanOrEqual(1);
    expect(c.contactPersons.length).toBeLessThanOrEqual(3);
    expect(c.publishedAt).toBeTruthy();
    expect(c.locale ?? null).toBeNull();
    expect(new Date(c.createdAt).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
  }
  // The manager belongs to the department the counterparty is given to.
  const manager: any = await docs('api::employee.employee').findOne({ documentId: found[0].manager.documentId, populate: ['department'] });
  expect(manager.department.documentId).toBe(found[0].department.documentId);
});

test('interactions read back with their counterparty, employee and stage', async () => {
  const sample = [0, 5, 699, 700, 1999].map((j) => interactionIds.of(j));
  const found: any[] = await docs(INTERACTION).findMany({
    filters: { documentId: { $in: sample } },
    populate: ['counterparty', 'employee', 'contactPerson', 'stage', 'businessLine'],
  });
  expect(found).toHaveLength(sample.length);
  for (const i of found) {
    expect(i.counterparty?.documentId).toBeTruthy();
    expect(counterpartyIds.indexOf(i.counterparty.documentId)).not.toBeNull();
    expect(i.employee?.fullName).toBeTruthy();
    expect(i.businessLine?.name).toBeTruthy();
    expect(new Date(i.occurredAt).getTime()).toBeGreaterThan(Date.now() - 6 * 366 * 86_400_000);
    expect(['planned', 'done', 'cancelled']).toContain(i.state);
  }
  // One counterparty's interactions all list it back (the relation is whole from both sides).
  const withContact = found.find((i) => i.contactPerson);
  expect(withContact).toBeTruthy();
  const contact: any = await docs(CONTACT).findOne({ documentId: withContact.contactPerson.documentId, populate: ['counterparty'] });
  expect(contact.counterparty.documentId).toBe(withContact.counterparty.documentId);
});

test('the order columns of relations count 1..n per target, as Strapi keeps them', async () => {
  const knex = app.strapi.db.connection;
  const meta: any = app.strapi.db.metadata.get(INTERACTION as any);
  const { name, inverseJoinColumn, inverseOrderColumnName } = meta.attributes.counterparty.joinTable;
  const rows: any[] = await knex(name)
    .select(inverseJoinColumn.name)
    .count({ n: '*' })
    .max({ top: inverseOrderColumnName })
    .countDistinct({ distinct: inverseOrderColumnName })
    .groupBy(inverseJoinColumn.name);
  expect(rows.length).toBeGreaterThan(50);
  for (const row of rows) {
    expect(Number(row.top)).toBe(Number(row.n));
    expect(Number(row.distinct)).toBe(Number(row.n));
  }
});

test('a sample saved again unchanged through the Document Service passes the app\'s validation', async () => {
  for (const index of [3, 42, 150]) {
    const documentId = counterpartyIds.of(index);
    const c: any = await docs(COUNTERPARTY).findOne({ documentId, populate: ['bankAccounts', 'address', 'contactPersons'] });
    const strip = ({ id, ...rest }: any) => rest;
    const data = {
      kind: c.kind, name: c.name, fullName: c.fullName, legalForm: c.legalForm, edrpou: c.edrpou, rnokpp: c.rnokpp,
      vatNumber: c.vatNumber, phone: c.phone, email: c.email, website: c.website, state: c.state, attributes: c.attributes,
      note: c.note, bankAccounts: c.bankAccounts.map(strip), address: strip(c.address),
    };
    const saved: any = await docs(COUNTERPARTY).update({ documentId, data, populate: ['bankAccounts'] });
    expect(saved.edrpou).toBe(c.edrpou);
    expect(saved.phone).toBe(c.phone);
    expect(saved.bankAccounts.map((a: any) => a.iban)).toEqual(c.bankAccounts.map((a: any) => a.iban));
    const person = c.contactPersons[0];
    const again: any = await docs(CONTACT).update({
      documentId: person.documentId,
      data: { fullName: person.fullName, position: person.position, phone: person.phone, email: person.email, birthday: person.birthday, isPrimary: person.isPrimary },
    });
    expect(again.phone).toBe(person.phone);
  }
  await settleEvents();
});

test('running it again adds nothing', async () => {
  const now = await counts();
  const again = await seedScale(TARGETS);
  expect(again.written).toEqual({ counterparties: 0, interactions: 0 });
  expect(await counts()).toEqual(now);
});

test('the rows written past the Document Service get their access and search columns', async () => {
  const knex = app.strapi.db.connection;
  const scalar = async (sql: string) => {
    const result: any = await knex.raw(sql);
    return Number((Array.isArray(result) ? result : result.rows)[0].n);
  };
  const wrongOwner = await scalar(
    `select count(*) as n from counterparties c
      join counterparties_manager_lnk m on m.counterparty_id = c.id
      join employees_admin_user_lnk u on u.employee_id = m.employee_id
     where c.access_manager_user is null or c.access_manager_user <> u.user_id`,
  );
  expect(wrongOwner).toBe(0);
  expect(await scalar(`select count(*) as n from counterparties where access_manager_user is not null`)).toBeGreaterThan(0);
  expect(await scalar(`select count(*) as n from counterparties where search_text is null or search_text = ''`)).toBe(0);
  expect(await scalar(`select count(*) as n from interactions where access_counterparty_department is null`)).toBeLessThan(TARGETS.interactions);
});

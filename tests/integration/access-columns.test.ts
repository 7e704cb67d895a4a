import { startStrapi, TestApp } from '../helpers/strapi';
import { createAdminUser } from '../helpers/admin';
import { createMinimalDocument } from '../helpers/minimal-documents';
import { accessColumnsOf, typesWithAccessColumns } from '../../src/access/access-columns';
import { UID } from '../../src/access/uids';

/**
 * The access columns must always equal where their relation paths lead: after every kind of write, every
 * row of every owned type is compared with the paths followed through the stored links.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  await app?.stop();
});

const documents = (uid: string) => app.strapi.documents(uid as any) as any;
const create = async (uid: string, data: Record<string, unknown>) => (await documents(uid).create({ data })).documentId as string;
const update = (uid: string, documentId: string, data: Record<string, unknown>) => documents(uid).update({ documentId, data });

/** The populate that follows a path (and, for an employee-ending one, on to the login). */
function populateOf(path: string[]): any {
  return path.reduceRight((inner: any, step) => ({ [step]: inner === true ? true : { populate: inner } }), true);
}

/** Where one column's path leads for one row, followed through the relations. */
function follow(row: any, path: string[]): number | null {
  let value = row;
  for (const step of path) value = value?.[step];
  return value?.id ?? null;
}

/** Every row whose stored access columns differ from its paths: `uid #id column: stored ≠ expected`. */
async function staleColumns(): Promise<string[]> {
  const stale: string[] = [];
  for (const uid of typesWithAccessColumns()) {
    for (const column of accessColumnsOf(uid)) {
      const path = column.endsAt === 'employee' ? [...column.path, 'adminUser'] : column.path;
      const rows = await app.strapi.db.query(uid as any).findMany({ select: ['id', column.attribute], populate: populateOf(path) });
      for (const row of rows) {
        const expected = follow(row, path);
        const stored = row[column.attribute] ?? null;
        if (stored !== expected) stale.push(`${uid} #${row.id} ${column.attribute}: ${stored} ≠ ${expected}`);
      }
    }
  }
  return stale;
}

async function employee(name: string, department: string, email?: string) {
  const login = email ? await createAdminUser(app.strapi, email, ['strapi-editor']) : null;
  return create(UID.employee, { fullName: name, department, ...(login ? { adminUser: login.id } : {}) });
}

test('every kind of write keeps the access columns where the paths lead', async () => {
  const sales = await create(UID.department, { name: 'Продажі' });
  const service = await create(UID.department, { name: 'Сервіс' });
  const olena = await employee('Олена Коваль', sales, 'olena@vitrylo.test');
  const petro = await employee('Петро Шевчук', service, 'petro@vitrylo.test');
  const counterparty = await createMinimalDocument(app.strapi, UID.counterparty, { manager: olena, department: sales });
  const other = await createMinimalDocument(app.strapi, UID.counterparty, { manager: petro, department: service });
  const interaction = await createMinimalDocument(app.strapi, UID.interaction, { counterparty, employee: petro });
  await createMinimalDocument(app.strapi, UID.interaction, { counterparty, employee: olena });
  await createMinimalDocument(app.strapi, UID.contactPerson, { counterparty });
  await createMinimalDocument(app.strapi, UID.invoice, { counterparty, author: petro });
  await createMinimalDocument(app.strapi, UID.inboundRequest, { counterparty: other, assignee: olena, targetDepartment: sales });
  await createMinimalDocument(app.strapi, UID.scheduleEntry, { employee: petro });
  await createMinimalDocument(app.strapi, UID.notification, { recipient: olena });
  expect(await staleColumns()).toEqual([]);
  const stored: any = await app.strapi.db.query(UID.interaction as any).findOne({ where: { documentId: interaction } });
  expect(stored.accessEmployeeUser).toEqual(expect.any(Number));
  expect(stored.accessCounterpartyDepartment).toEqual(expect.any(Number));

  // a client changes hands: its chronicle, documents and contacts move with it
  await update(UID.counterparty, counterparty, { manager: petro });
  expect(await staleColumns()).toEqual([]);
  // a person moves to another department, gets another login
  await update(UID.employee, petro, { department: sales });
  expect(await staleColumns()).toEqual([]);
  const newLogin = await createAdminUser(app.strapi, 'petro.new@vitrylo.test', ['strapi-editor']);
  await update(UID.employee, petro, { adminUser: newLogin.id });
  expect(await staleColumns()).toEqual([]);
  // links written from the other side: an employee's counterparties, a department's employees
  await update(UID.employee, olena, { counterparties: { connect: [other], disconnect: [] } });
  expect(await staleColumns()).toEqual([]);
  await update(UID.department, service, { employees: { connect: [olena] } });
  expect(await staleColumns()).toEqual([]);
  // an interaction moves to another client, then loses it
  await update(UID.interaction, interaction, { counterparty: other });
  expect(await staleColumns()).toEqual([]);
  await update(UID.interaction, interaction, { counterparty: null });
  expect(await staleColumns()).toEqual([]);
  // deletions leave nothing pointing at what is gone
  await documents(UID.employee).delete({ documentId: petro });
  await documents(UID.department).delete({ documentId: sales });
  expect(await staleColumns()).toEqual([]);
});

test("a list filtered by one client, one assignee or one recipient reads the same rows through the reference column", async () => {
  const department = await create(UID.department, { name: 'Відділ продажів' });
  const oksana = await employee('Оксана Лисенко', department, 'oksana@vitrylo.test');
  const [first, second] = [
    await createMinimalDocument(app.strapi, UID.counterparty, { manager: oksana }),
    await createMinimalDocument(app.strapi, UID.counterparty, { manager: oksana }),
  ];
  const moved = await createMinimalDocument(app.strapi, UID.interaction, { counterparty: first });
  for (const counterparty of [first, first, second]) await createMinimalDocument(app.strapi, UID.interaction, { counterparty });
  await update(UID.interaction, moved, { counterparty: second });
  await createMinimalDocument(app.strapi, UID.inboundRequest, { assignee: oksana });
  await createMinimalDocument(app.strapi, UID.notification, { recipient: oksana });
  const firstRow: any = await app.strapi.db.query(UID.counterparty as any).findOne({ where: { documentId: first }, select: ['id'] });
  const oksanaRow: any = await app.strapi.db.query(UID.employee as any).findOne({ where: { documentId: oksana }, select: ['id'] });

  const cases: Array<[string, Record<string, unknown>]> = [
    [UID.interaction, { $and: [{ counterparty: { documentId: { $eq: second } } }] }],
    [UID.interaction, { counterparty: { documentId: { $in: [first, second] } } }],
    [UID.interaction, { counterparty: { id: firstRow.id } }],
    [UID.interaction, { $or: [{ counterparty: { documentId: 'no-such-client' } }, { counterparty: { documentId: first } }] }],
    [UID.inboundRequest, { assignee: { id: oksanaRow.id } }],
    [UID.notification, { recipient: { documentId: oksana } }],
  ];
  for (const [uid, filters] of cases) {
    // the Document Service reads the column (reference-filters middleware); the query engine the link table
    const throughColumn = (await documents(uid).findMany({ filters, fields: ['id'] })).map((row: any) => row.documentId).sort();
    const throughLink = (await app.strapi.db.query(uid as any).findMany({ where: filters, select: ['documentId'] })).map((row: any) => row.documentId).sort();
    expect([uid, filters, throughColumn]).toEqual([uid, filters, throughLink]);
    expect(throughColumn.length).toBeGreaterThan(0);
    expect(await documents(uid).count({ filters })).toBe(throughLink.length);
  }
});

test('a caller cannot set the columns, and nobody reads them', async () => {
  const department = await create(UID.department, { name: 'Підрозділ' });
  const owner = await employee('Ірина Бондар', department, 'iryna@vitrylo.test');
  const counterparty = await createMinimalDocument(app.strapi, UID.counterparty, { manager: owner });
  const forged = await createMinimalDocument(app.strapi, UID.interaction, { counterparty, accessEmployeeUser: 999999, accessCounterpartyManagerUser: 999999 });
  await update(UID.interaction, forged, { accessCounterpartyDepartment: 999999 });
  const row: any = await app.strapi.db.query(UID.interaction as any).findOne({ where: { documentId: forged } });
  expect(row.accessEmployeeUser).toBeNull();
  expect(row.accessCounterpartyDepartment).toBeNull();
  expect(row.accessCounterpartyManagerUser).not.toBe(999999);
  expect(await staleColumns()).toEqual([]);
  expect(Object.keys(await documents(UID.interaction).findOne({ documentId: forged }))).toEqual(expect.arrayContaining(['accessEmployeeUser']));
  const attribute: any = app.strapi.getModel(UID.interaction as any).attributes.accessEmployeeUser;
  expect(attribute).toMatchObject({ visible: false, private: true, writable: false });
});

test('a database from a version without the columns gets them filled at the next start', async () => {
  const knex = app.strapi.db.connection;
  await knex('interactions').update({ access_counterparty_manager_user: null, access_employee_user: null });
  // a wrong value where a value belongs, and a value where none belongs (a counterparty without a department)
  await knex('counterparties').update({ access_manager_user: null, access_department: 424242 });
  await knex('strapi_core_store_settings').where({ key: 'plugin_vitrylo_access-columns' }).delete();
  expect((await staleColumns()).length).toBeGreaterThan(0);
  await app.restart();
  expect(await staleColumns()).toEqual([]);
});

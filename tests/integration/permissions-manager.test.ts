import path from 'path';
import { appDir, startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { strapiSanitizerOf } from '../../src/access/permissions-manager';
import { UID } from '../../src/access/uids';
import { workerRequire } from '../helpers/worker-modules';

/**
 * What a caller may see of a record is worked out in one walk (src/access/output-walk.ts) instead of Strapi's
 * four: for every role, every Vitrylo type and every record, populated as the content manager populates a list
 * row and an opened record, and with the admin users who made it, the walk's answer is Strapi's to the byte.
 * A sanitized query and the relations a query's filters name are remembered (src/access/sanitized-query-memo.ts,
 * src/content-manager-views/deep-populate-memo.ts): the remembered answer is Strapi's, and a copy.
 */

let app: TestApp;
let fixtures: AccessFixtures;
let sessions: Record<Person, AdminSession>;
let root: AdminSession;

const READ = 'plugin::content-manager.explorer.read';
const people = (): Person[] => Object.keys(fixtures.emails) as Person[];
const vitryloTypes = () => Object.keys(app.strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
const contentManagerPopulate = () => workerRequire(path.join(appDir, 'node_modules/@strapi/content-manager/dist/server/services/utils/populate.js'));

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fixtures);
  root = await createSuperAdminSession(app);
  // records made by a person, so the admin users' fields (the password hash among them) come with them
  const maker = await app.strapi.db.query('admin::user').findOne({ where: { email: fixtures.emails.manager } });
  for (const [key, uid] of Object.entries(UID)) {
    const made = (fixtures.records.own as any)[key];
    if (made?.id) await app.strapi.db.query(uid as any).update({ where: { id: made.id }, data: { createdBy: maker.id, updatedBy: maker.id } });
  }
});
afterAll(async () => { await app?.stop(); });

async function abilityOf(person: Person | 'root') {
  const email = person === 'root' ? 'root@vitrylo.test' : fixtures.emails[person];
  const user = await app.strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
  return app.strapi.service('admin::permission').engine.generateUserAbility(user);
}

/** the records of a type as a list row and as an opened record, with their creators whole (password hash included) */
async function recordsOf(uid: string): Promise<any[]> {
  const { getDeepPopulate } = contentManagerPopulate();
  const withCreators = (populate: Record<string, unknown>) => ({ ...populate, createdBy: true, updatedBy: true });
  const rows = await app.strapi.documents(uid as any).findMany({ limit: 30, populate: withCreators(getDeepPopulate(uid, { countMany: true, countOne: true }, 1)) as any });
  const opened = await app.strapi.documents(uid as any).findMany({ limit: 30, populate: withCreators(getDeepPopulate(uid)) as any });
  return [...rows, ...opened];
}

test('the content manager sanitizes with the walk', () => {
  const manager = app.strapi.service('admin::permission').createPermissionsManager({ ability: null, action: READ, model: UID.counterparty });
  expect(strapiSanitizerOf(manager.sanitizeOutput)).toEqual(expect.any(Function));
});

test('for every role, type and record the walk keeps exactly what Strapi keeps', async () => {
  let compared = 0;
  let withCreator = 0;
  const shown = new Map<string, number>(); // how many fields each caller was shown of each interaction: roles differ
  for (const person of [...people(), 'root' as const]) {
    const ability = await abilityOf(person);
    for (const uid of vitryloTypes()) {
      const manager = app.strapi.service('admin::permission').createPermissionsManager({ ability, action: READ, model: uid });
      const strapiSanitize = strapiSanitizerOf(manager.sanitizeOutput)!;
      for (const record of await recordsOf(uid)) {
        const options = { subject: manager.toSubject(record), action: READ };
        const walked = await manager.sanitizeOutput(structuredClone(record), options);
        const strapis = await strapiSanitize(structuredClone(record), { subject: manager.toSubject(structuredClone(record)), action: READ });
        expect({ uid, person, record: record.documentId, output: JSON.stringify(walked) }).toEqual({ uid, person, record: record.documentId, output: JSON.stringify(strapis) });
        expect(JSON.stringify(walked)).not.toMatch(/"password"|"resetPasswordToken"/);
        if (uid === UID.interaction) shown.set(`${person} ${record.documentId}`, Object.keys(walked as object).length);
        compared += 1;
        if ((walked as any).createdBy?.email) withCreator += 1;
      }
    }
  }
  expect(compared).toBeGreaterThan(500);
  expect(withCreator).toBeGreaterThan(0);
  // not two pass-throughs compared: a Sales manager is shown less of another department's contact than of his own
  const other = fixtures.records.other.interaction.documentId;
  const own = fixtures.records.own.interaction.documentId;
  expect(shown.get(`manager ${other}`)).toBeLessThan(shown.get(`manager ${own}`)!);
  expect(shown.get(`manager ${own}`)).toBeLessThanOrEqual(shown.get(`root ${other}`)!);
}, 300_000);

test('a list page and an opened record as each role gets them through the panel', async () => {
  const own = fixtures.records.own.counterparty.documentId;
  const other = fixtures.records.other.counterparty.documentId;
  const page = await sessions.manager.get(`${cm(UID.counterparty)}?page=1&pageSize=50&sort=name:ASC`);
  expect(page.status).toBe(200);
  const ids = page.body.results.map((row: any) => row.documentId);
  expect(ids).toContain(own);
  expect(ids).not.toContain(other);
  const opened = await sessions.manager.get(cm(UID.counterparty, own));
  expect(opened.status).toBe(200);
  const full = await root.get(cm(UID.counterparty, own));
  expect(full.body.data).toMatchObject(opened.body.data); // his own client: all he may read of it, as the super admin sees it
  expect((await sessions.manager.get(cm(UID.counterparty, other))).status).toBe(403);
});

/** queries as the panel sends them: lists sorted and filtered (on relations too), searched, populated, picked fields */
const queries = (uid: string) => {
  const attributes = (app.strapi.getModel(uid as any) as any).attributes as Record<string, any>;
  const relation = Object.keys(attributes).find((name) => attributes[name].type === 'relation' && attributes[name].target !== 'admin::user');
  const scalar = Object.keys(attributes).find((name) => attributes[name].type === 'string') ?? 'id';
  return [
    { page: '1', pageSize: '10', sort: `${scalar}:ASC` },
    { page: '2', pageSize: '20', sort: 'updatedAt:DESC', _q: 'тов' },
    { page: '1', pageSize: '10', filters: { $and: [{ [scalar]: { $containsi: 'а' } }, ...(relation ? [{ [relation]: { id: { $eq: '1' } } }] : [])] } },
    { fields: [scalar, 'password'], populate: relation ? { [relation]: { fields: ['id'] } } : '*', filters: { createdBy: { email: { $eq: 'x' } } } },
  ];
};

test('a remembered sanitized query is Strapi\'s answer, for every role and type, and each caller gets a copy', async () => {
  let compared = 0;
  for (const person of [...people(), 'root' as const]) {
    const ability = await abilityOf(person);
    for (const uid of vitryloTypes()) {
      for (const query of queries(uid)) {
        const manager = () => app.strapi.service('admin::permission').createPermissionsManager({ ability, action: READ, model: uid });
        const strapis = await strapiSanitizerOf(manager().sanitizeQuery)!(structuredClone(query), { subject: uid, action: READ });
        const first: any = await manager().sanitizeQuery(structuredClone(query), { subject: uid, action: READ });
        first.spoiled = true; // a caller adds to what it gets
        const second = await manager().sanitizeQuery(structuredClone(query), { subject: uid, action: READ });
        expect({ uid, person, query, answer: second }).toEqual({ uid, person, query, answer: strapis });
        compared += 1;
      }
    }
  }
  expect(compared).toBeGreaterThan(100);
}, 300_000);

test('the relations a query\'s filters name are remembered as Strapi works them out', async () => {
  const populate = contentManagerPopulate();
  const strapiQueryPopulate = populate.getQueryPopulate[Symbol.for('vitrylo.queryPopulateMemo')];
  expect(strapiQueryPopulate).toEqual(expect.any(Function));
  for (const uid of vitryloTypes()) {
    for (const query of queries(uid)) {
      const expected = await strapiQueryPopulate(uid, structuredClone(query));
      const first = await populate.getQueryPopulate(uid, structuredClone(query));
      first.spoiled = true;
      expect(await populate.getQueryPopulate(uid, structuredClone(query))).toEqual(expected);
    }
  }
});

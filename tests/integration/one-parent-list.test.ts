import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, SCOPES } from '../helpers/access-fixtures';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { UID } from '../../src/access/uids';
import { DISPLAYED_COLUMNS_HEADER } from '../../src/domain/lists/list-populate';

/**
 * One parent's list (one client's chronicle, one person's requests and notifications) answered by its kept
 * statement (src/lists/one-parent-list-route.ts) against the content manager's own answer to the same
 * question: the same request with one more filter that holds for every row (`id > 0`) goes the content
 * manager's way. For every role, every client and person of the fixtures, several sorts, page sizes and
 * pages, with a column the person switched on: the same status and the same body, records, fields, relations
 * and totals; and the kept statement is one statement on the type's table.
 */

let app: TestApp;
let fx: AccessFixtures;
let sessions: Record<Person | 'admin', AdminSession>;
const statements: string[] = [];

const ALWAYS = '&filters[$and][1][id][$gt]=0';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  sessions = { ...(await loginAll(app, fx)), admin: await createSuperAdminSession(app) };
  // each client's chronicle: moments that tie (the id orders them), one without its employee
  for (const scope of SCOPES) {
    const { counterparty } = fx.records[scope];
    const employee = scope === 'other' ? fx.employees.otherManager : fx.employees.manager;
    for (let n = 0; n < 6; n += 1) {
      const created: any = await app.strapi.documents(UID.interaction as any).create({
        data: { counterparty: counterparty.documentId, employee: employee.documentId, kind: 'call-out', occurredAt: new Date(Date.UTC(2026, 10, 1 + (n % 4), 9)).toISOString(), subject: `Дзвінок ${5 - n} ${scope}` },
      } as any);
      if (n === 5) await app.strapi.documents(UID.interaction as any).update({ documentId: created.documentId, data: { employee: null } } as any);
    }
  }
  app.strapi.db.connection.on('query', (query: { sql: string }) => statements.push(query.sql));
});
afterAll(async () => {
  await app?.stop();
});

/** The page both ways; the number of statements the kept way sent to the type's table. */
async function bothWays(session: AdminSession, uid: string, query: string, columns?: string) {
  const table: string = (app.strapi.db.metadata.get(uid as any) as any).tableName;
  const ask = (extra: string) => {
    const request = session.get(`${cm(uid)}?${query}${extra}`);
    return columns ? request.set(DISPLAYED_COLUMNS_HEADER, columns) : request;
  };
  statements.length = 0;
  const kept = await ask('');
  const onTable = statements.filter((sql) => sql.includes(`"${table}"`) || sql.includes(`\`${table}\``)).length;
  const strapis = await ask(ALWAYS);
  expect({ query, columns, status: kept.status }).toEqual({ query, columns, status: strapis.status });
  expect(kept.body).toEqual(strapis.body);
  return { onTable, body: kept.body, status: kept.status };
}

const parents: Array<{ uid: string; relation: string; parent: () => string[] }> = [
  { uid: UID.interaction, relation: 'counterparty', parent: () => SCOPES.map((scope) => fx.records[scope].counterparty.documentId) },
  { uid: UID.inboundRequest, relation: 'assignee', parent: () => (['manager', 'otherManager', 'secretary'] as const).map((person) => fx.employees[person].documentId) },
  { uid: UID.notification, relation: 'recipient', parent: () => (['manager', 'otherManager'] as const).map((person) => fx.employees[person].documentId) },
];
const SORTS: Record<string, string[]> = {
  [UID.interaction]: ['occurredAt:DESC', 'subject:ASC', 'id:DESC'],
  [UID.inboundRequest]: ['receivedAt:DESC', 'id:ASC'],
  [UID.notification]: ['createdAt:DESC'],
};
const COLUMNS: Record<string, Array<string | undefined>> = {
  [UID.interaction]: [undefined, 'contactPerson,stage'],
  [UID.inboundRequest]: [undefined, 'counterparty'],
  [UID.notification]: [undefined],
};

test.each(parents.map((parent) => [parent.uid, parent] as const))('%s of one parent: the same answer as the content manager for every role', async (_uid, { uid, relation, parent }) => {
  let answeredKept = 0;
  let shown = 0;
  for (const person of [...Object.keys(fx.emails), 'admin'] as Array<Person | 'admin'>) {
    for (const documentId of parent()) {
      for (const sort of SORTS[uid]) {
        for (const columns of COLUMNS[uid]) {
          for (const [page, pageSize] of [[1, 10], [1, 2], [2, 2], [3, 2], [9, 2]]) {
            const query = `page=${page}&pageSize=${pageSize}&sort=${sort}&filters[$and][0][${relation}][documentId][$eq]=${documentId}`;
            const { onTable, body, status } = await bothWays(sessions[person], uid, query, columns);
            if (status === 200) {
              expect(onTable).toBe(1);
              answeredKept += 1;
              shown += body.results.length;
            }
          }
        }
      }
    }
  }
  expect(answeredKept).toBeGreaterThan(0);
  expect(shown).toBeGreaterThan(0);
});

test("a manager's page of his client's chronicle: his rows, the tie ordered by id, the client's name, a row without its employee", async () => {
  const { counterparty } = fx.records.own;
  const query = (page: number) => `page=${page}&pageSize=3&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${counterparty.documentId}`;
  const all: any[] = await app.strapi.db.query(UID.interaction as any).findMany({ where: { counterparty: { id: counterparty.id } }, orderBy: [{ occurredAt: 'desc' }, { id: 'asc' }], select: ['documentId'] });
  expect(all.length).toBeGreaterThanOrEqual(7);
  const pages = [];
  for (let page = 1; page <= Math.ceil(all.length / 3); page += 1) pages.push(await bothWays(sessions.manager, UID.interaction, query(page)));
  expect(pages[0].body.pagination).toEqual({ page: 1, pageSize: 3, pageCount: Math.ceil(all.length / 3), total: all.length });
  const rows = pages.flatMap((page) => page.body.results);
  // every row once, newest first, the moments that tie in the order of their ids
  expect(rows.map((row: any) => row.documentId)).toEqual(all.map((row) => row.documentId));
  for (const row of rows) expect(row.counterparty).toMatchObject({ documentId: counterparty.documentId, name: expect.any(String) });
  expect(rows.filter((row: any) => row.employee === null).length).toBeGreaterThanOrEqual(1);
  // another department's client: nothing, as the content manager answers it
  const other = await bothWays(sessions.manager, UID.interaction, `page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${fx.records.other.counterparty.documentId}`);
  expect(other.body).toEqual({ results: [], pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 } });
});

test('a column the kept statement cannot read (who created the record) is left to the content manager', async () => {
  const query = `page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][counterparty][documentId][$eq]=${fx.records.own.counterparty.documentId}`;
  const { onTable, status } = await bothWays(sessions.admin, UID.interaction, query, 'createdBy');
  expect(status).toBe(200);
  expect(onTable).toBeGreaterThan(1);
});

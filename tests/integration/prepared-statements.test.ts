import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, createSuperAdminSession } from '../helpers/admin';
import { createApiToken } from '../helpers/api-token';
import { UID } from '../../src/access/uids';
import { fromDist } from '../helpers/dist';
import type * as Prepared from '../../src/database/prepared-statements';

/**
 * The hottest reads as named prepared statements on PostgreSQL (src/database/prepared-statements.ts): the
 * caller-ID lookup's, the access generation every request reads, a client's timeline and a person's inbox.
 * On SQLite nothing is named (better-sqlite3 prepares every statement anyway) and the answers are the same.
 */

let app: TestApp;
let root: AdminSession;
let client: { documentId: string; id: number };
const PHONE = '+380671112233';

const prepared = () => fromDist<typeof Prepared>('src/database/prepared-statements');
const onPostgres = () => app.strapi.db.dialect.client === 'postgres';

beforeAll(async () => {
  app = await startStrapi();
  root = await createSuperAdminSession(app);
  const manager: any = await app.strapi.documents(UID.employee as any).create({ data: { fullName: 'Ірина Підготовлена', phone: '+380441234567' } as any });
  const created: any = await app.strapi.documents(UID.counterparty as any).create({ data: { name: 'ТОВ «Заготовка»', kind: 'client', phone: PHONE, manager: manager.documentId } as any });
  client = { documentId: created.documentId, id: created.id };
  for (const [day, subject] of [[1, 'Перший дзвінок'], [2, 'Зустріч']] as const) {
    await app.strapi.documents(UID.interaction as any).create({
      data: { counterparty: client.documentId, employee: manager.documentId, kind: 'call-in', direction: 'inbound', state: 'done', subject, occurredAt: `2026-11-0${day}T10:00:00.000Z` } as any,
    });
  }
});
afterAll(async () => { await app?.stop(); });

/** Each statement sent to the database while `work` runs, with the prepared statement's name when it had one. */
async function statementsOf(work: () => Promise<unknown>): Promise<Array<{ sql: string; name: string | null }>> {
  const knexClient: any = app.strapi.db.connection.client;
  const send = knexClient._query;
  const sent: Array<{ sql: string; name: string | null }> = [];
  knexClient._query = function recording(this: unknown, connection: unknown, query: any) {
    const result = send.call(this, connection, query);
    sent.push({ sql: query.sql, name: query.options?.name ?? null });
    return result;
  };
  try {
    await work();
    return sent;
  } finally {
    knexClient._query = send;
  }
}

test('a caller-ID lookup answers the same, its reads (and the access generation) as named statements on PostgreSQL', async () => {
  const token = await createApiToken(app, 'custom', ['api::counterparty.counterparty.lookup']);
  await token.get(`/api/counterparties/lookup?phone=${encodeURIComponent(PHONE)}`); // the token's rights are read once
  const statements = await statementsOf(async () => {
    const res = await token.get(`/api/counterparties/lookup?phone=${encodeURIComponent('067 111 22 33')}`);
    expect(res.status).toBe(200);
    expect(res.body.data.counterparty).toMatchObject({ documentId: client.documentId, name: 'ТОВ «Заготовка»' });
    expect(res.body.data.manager).toMatchObject({ fullName: 'Ірина Підготовлена' });
    expect(res.body.data.lastInteractions.map((i: any) => [i.subject, i.employeeName])).toEqual([['Зустріч', 'Ірина Підготовлена'], ['Перший дзвінок', 'Ірина Підготовлена']]);
  });
  const reads = statements.filter((s) => /vitrylo_access_generation|vitrylo_rate_limits|contact_persons|counterparties|interactions/.test(s.sql));
  expect(reads.length).toBeGreaterThanOrEqual(4);
  if (onPostgres()) {
    expect(reads.filter((s) => !s.name)).toEqual([]);
    for (const s of reads) expect(s.name).toMatch(/^vitrylo_[0-9a-f]{32}$/);
  } else {
    expect(statements.filter((s) => s.name)).toEqual([]);
  }
});

test("a client's timeline: every statement of the read named on PostgreSQL, one name for one text", async () => {
  const read = () => root.get(`/crm/counterparties/${client.documentId}/timeline`);
  const first = await statementsOf(async () => {
    const res = await read();
    expect(res.status).toBe(200);
    expect(res.body.data.map((i: any) => i.subject)).toEqual(['Зустріч', 'Перший дзвінок']);
  });
  const second = await statementsOf(() => read());
  const timeline = (sent: typeof first) => sent.filter((s) => /interactions|counterparties/.test(s.sql));
  expect(timeline(first).length).toBeGreaterThan(0);
  if (!onPostgres()) return;
  expect(timeline(first).filter((s) => !s.name)).toEqual([]);
  expect(timeline(second).map((s) => s.name)).toEqual(timeline(first).map((s) => s.name));
});

test("one client's chronicle in the panel: its lookup, count, page and relation columns in one named statement on PostgreSQL; the whole list stays unnamed", async () => {
  const list = '/content-manager/collection-types/api::interaction.interaction?page=1&pageSize=10&sort=occurredAt:DESC';
  const chronicle = `${list}&filters[$and][0][counterparty][documentId][$eq]=${client.documentId}`;
  const sent = await statementsOf(async () => {
    const res = await root.get(chronicle);
    expect(res.status).toBe(200);
    expect(res.body.results.map((i: any) => i.subject)).toEqual(['Зустріч', 'Перший дзвінок']);
  });
  if (!onPostgres()) return; // SQLite reads run in a transaction of their own, whose client this spy does not see
  const reads = sent.filter((s) => /interactions|counterparties|employees/.test(s.sql));
  // src/lists/one-parent-list-statement.ts
  expect(reads).toHaveLength(1);
  expect(reads[0].sql).toMatch(/"counterparties"[\s\S]*"employees"/);
  expect(reads.filter((s) => !s.name)).toEqual([]);
  // every client's interactions at the user's choice: plans made for the values
  const whole = await statementsOf(async () => expect((await root.get(list)).status).toBe(200));
  expect(whole.filter((s) => /from "public"."interactions"/.test(s.sql) && s.name)).toEqual([]);
});

test('PostgreSQL keeps them on the connection: a second run of the statement is not parsed again', async () => {
  if (!onPostgres()) return;
  const { preparedStatement } = prepared();
  const knex = app.strapi.db.connection;
  // one connection of the pool for both runs and the look at what it keeps (a transaction's client would not do:
  // knex gives it the client's prototype, without the naming the app puts on its client)
  const connection = await (knex.client as any).acquireConnection();
  try {
    for (let run = 0; run < 2; run += 1) {
      const [row] = await preparedStatement(app.strapi, knex('counterparties').connection(connection).select('name').where({ id: client.id }));
      expect(row.name).toBe('ТОВ «Заготовка»');
    }
    const { rows } = await connection.query(`select name, statement from pg_prepared_statements where name like 'vitrylo\\_%'`);
    expect(rows.some((r: any) => /from "counterparties"/.test(r.statement) && /"name"/.test(r.statement))).toBe(true);
  } finally {
    await (knex.client as any).releaseConnection(connection);
  }
});

test('DATABASE_PREPARED_STATEMENTS=false (a PgBouncer in transaction pooling): the same lookup sends nothing named', async () => {
  const token = await createApiToken(app, 'custom', ['api::counterparty.counterparty.lookup']);
  const lookup = () => token.get(`/api/counterparties/lookup?phone=${encodeURIComponent(PHONE)}`);
  await lookup();
  app.strapi.config.set('database.preparedStatements', false);
  try {
    const statements = await statementsOf(async () => {
      const res = await lookup();
      expect(res.status).toBe(200);
      expect(res.body.data.counterparty.documentId).toBe(client.documentId);
      expect((await root.get(`/crm/counterparties/${client.documentId}/timeline`)).status).toBe(200);
    });
    expect(statements.length).toBeGreaterThan(4);
    expect(statements.filter((s) => s.name)).toEqual([]);
  } finally {
    app.strapi.config.set('database.preparedStatements', true);
  }
});

test('outside those reads statements stay unnamed (a list filtered at the user\'s choice keeps plans made for its values)', async () => {
  if (!onPostgres()) return; // SQLite reads run in a transaction of their own, whose client this spy does not see
  const statements = await statementsOf(() => app.strapi.documents(UID.counterparty as any).findMany({ filters: { name: { $containsi: 'заготов' } } }));
  expect(statements.length).toBeGreaterThan(0);
  expect(statements.filter((s) => s.name)).toEqual([]);
});

import http from 'http';
import type { AddressInfo } from 'net';
import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, createSuperAdminSession } from '../helpers/admin';
import { fromDist } from '../helpers/dist';
import { UID } from '../../src/access/uids';

/**
 * A written document is read back for its entry event only when someone hears that event: a webhook set up in
 * the panel or a listener in code (src/database/entry-events-when-heard.ts).
 */

let app: TestApp;
let root: AdminSession;
let manager: string;
let seq = 0;

beforeAll(async () => {
  app = await startStrapi();
  root = await createSuperAdminSession(app);
  const employee: any = await app.strapi.documents(UID.employee as any).create({ data: { fullName: 'Олена Подієва' } as any });
  manager = employee.documentId;
});
afterAll(async () => { await app?.stop(); });

const createCounterparty = async () =>
  (await app.strapi.documents(UID.counterparty as any).create({ data: { name: `ТОВ «Подія ${++seq}»`, kind: 'client', manager } as any })) as any;

/** The statements that name the row `id` and are sent after `write` has returned, until the pool is idle. */
async function readsAfterReturn(write: () => Promise<{ id: number }>): Promise<string[]> {
  const statements: Array<{ sql: string; bindings: unknown[] }> = [];
  let returned = false;
  const listen = (query: { sql: string; bindings?: unknown[] }) => { if (returned) statements.push({ sql: query.sql, bindings: query.bindings ?? [] }); };
  const knex = app.strapi.db.connection as any;
  knex.on('query', listen);
  try {
    const row = await write();
    returned = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fromDist('src/seed/settle').waitForIdleDatabase(app.strapi, 30_000);
    return statements.filter((statement) => statement.bindings.includes(row.id)).map((statement) => statement.sql);
  } finally {
    knex.removeListener('query', listen);
  }
}

test('with nobody listening, a created document is not read back after its commit', async () => {
  expect(await readsAfterReturn(createCounterparty)).toEqual([]);
});

test('a listener in code hears entry.create with the document read back whole', async () => {
  const heard: any[] = [];
  const off = app.strapi.eventHub.on('entry.create', async (event: any) => { if (event.uid === UID.counterparty) heard.push(event.entry); });
  try {
    let created: any;
    const reads = await readsAfterReturn(async () => (created = await createCounterparty()));
    expect(reads.some((sql) => /counterparties/.test(sql))).toBe(true);
    const entry = heard.find((candidate) => candidate.documentId === created.documentId);
    expect(entry).toMatchObject({ name: created.name, manager: { documentId: manager, fullName: 'Олена Подієва' } });
  } finally {
    off();
  }
  expect(await readsAfterReturn(createCounterparty)).toEqual([]); // and once it stops listening, nothing is read
});

test('a webhook set up in the panel gets its events; deleted, it costs nothing again', async () => {
  const received: any[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => { received.push(JSON.parse(body)); response.end('ok'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const hook = await root.post('/admin/webhooks', { name: 'Облік', url, headers: {}, events: ['entry.create'] });
    expect(hook.status).toBe(201);

    const created = await createCounterparty();
    for (let waited = 0; waited < 100 && !received.some((call) => call.entry?.documentId === created.documentId); waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(received.find((call) => call.entry?.documentId === created.documentId)).toMatchObject({
      event: 'entry.create',
      uid: UID.counterparty,
      entry: { name: created.name, manager: { documentId: manager } },
    });

    expect((await root.del(`/admin/webhooks/${hook.body.data.id}`)).status).toBe(200);
    const calls = received.length;
    expect(await readsAfterReturn(createCounterparty)).toEqual([]);
    expect(received).toHaveLength(calls);
  } finally {
    server.close();
  }
});

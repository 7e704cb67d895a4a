import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, Person } from '../helpers/access-fixtures';
import { andFilters, Filters, toWhere, Visibility, visibilityFor } from '../../src/access/visibility';
import { UID } from '../../src/access/uids';
import { CLOSED_REQUEST_STATES, OPEN_REQUEST_STATES } from '../../src/domain/inbox';
import { inboxCounts, myNotifications, myRequests } from '../../src/inbox/inbox-view';

/**
 * The inbox's kept SQL (src/inbox/inbox-statements.ts) against the query engine: for every person, every
 * state and page size, the same requests in the same order, the same figures and notifications as Strapi's
 * own reads of the same filters find, the caller's rule included; and a rule that joins another table
 * (a role an admin gave a condition on a relation) reads each request once.
 */

let app: TestApp;
let fx: AccessFixtures;

const hour = 3600_000;
const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;
const userOf = (person: Person) => app.strapi.db.query('admin::user').findOne({ where: { email: fx.emails[person] } }) as Promise<any>;
const meOf = (person: Person) => ({ id: fx.employees[person].id, documentId: fx.employees[person].documentId, fullName: person });

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  const update = (documentId: string, data: Record<string, unknown>) => app.strapi.db.query(UID.inboundRequest as any).update({ where: { documentId }, data });
  // the manager's requests: from his client, from another department's, without a client; read, overdue, closed
  const scopes = ['own', 'other', null] as const;
  for (let n = 0; n < 9; n += 1) {
    const scope = scopes[n % 3];
    const documentId = await create(UID.inboundRequest, {
      channel: n % 2 ? 'email' : 'phone', subject: `Перевірка ${n}`, message: 'текст', assignee: fx.employees.manager.documentId,
      ...(scope ? { counterparty: fx.records[scope].counterparty.documentId } : { organizationName: 'Невідома фірма' }),
    });
    await update(documentId, {
      receivedAt: new Date(Date.now() - n * hour),
      readAt: n % 3 === 1 ? new Date() : null,
      dueAt: new Date(Date.now() + (n % 4 === 0 ? -hour : hour)),
      overdue: n === 5,
      state: n === 7 ? CLOSED_REQUEST_STATES[0] : n === 8 ? 'in-progress' : 'new',
    });
  }
  for (let n = 0; n < 4; n += 1) {
    await create(UID.notification, { kind: 'system', title: `Сповіщення ${n}`, recipient: fx.employees.manager.documentId, ...(n % 2 ? { readAt: new Date().toISOString() } : {}) });
  }
});
afterAll(async () => {
  await app?.stop();
});

/** What the query engine finds for the same question. */
async function expected(visibility: Visibility, person: Person, state: 'open' | 'closed' | 'all') {
  const rule = visibility.filter(UID.inboundRequest);
  if (rule === null) return null;
  const states = state === 'open' ? { state: { $in: [...OPEN_REQUEST_STATES] } } : state === 'closed' ? { state: { $in: [...CLOSED_REQUEST_STATES] } } : {};
  const filters = andFilters({ assignee: { id: fx.employees[person].id } }, states, rule);
  const rows: any[] = await app.strapi.db.query(UID.inboundRequest as any).findMany({
    where: toWhere(app.strapi, UID.inboundRequest, filters), orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], populate: { counterparty: { select: ['documentId'] } },
  });
  // the open ones unread first
  const ordered = state === 'open' ? [...rows.filter((row) => !row.readAt), ...rows.filter((row) => row.readAt)] : rows;
  return ordered;
}

async function expectSameAsQueryEngine(visibility: Visibility, person: Person) {
  const me = meOf(person);
  const now = new Date();
  for (const state of ['open', 'closed', 'all'] as const) {
    const rows = await expected(visibility, person, state);
    for (const pageSize of [2, 3, 100]) {
      const read: any[] = [];
      let total = 0;
      for (let page = 1; page <= 6; page += 1) {
        const result = await myRequests(app.strapi, visibility, me, { state, page, pageSize, now });
        if (rows === null) {
          expect(result).toBeNull();
          break;
        }
        read.push(...result!.items);
        total = result!.pagination.total;
      }
      if (rows === null) continue;
      expect(read.map((item) => item.documentId)).toEqual(rows.map((row) => row.documentId));
      expect(total).toBe(rows.length);
      // each item read whole: its times, flags and client as the query engine has them
      read.forEach((item, at) => {
        const row = rows[at];
        expect(item).toMatchObject({ receivedAt: row.receivedAt, readAt: row.readAt ?? null, dueAt: row.dueAt ?? null, state: row.state, subject: row.subject, flagged: Boolean(row.flagged), unread: !row.readAt });
        expect(item.overdue).toBe(Boolean(row.overdue) || (!CLOSED_REQUEST_STATES.includes(row.state) && Date.parse(row.dueAt) <= now.getTime()));
        expect(item.counterparty?.documentId ?? null).toBe(row.counterparty?.documentId ?? null);
      });
    }
    if (state === 'open' && rows !== null) {
      const counts = await inboxCounts(app.strapi, visibility, me, now);
      expect(counts).toMatchObject({
        openRequests: rows.length,
        unreadRequests: rows.filter((row) => !row.readAt).length,
        overdueRequests: rows.filter((row) => row.overdue || Date.parse(row.dueAt) <= now.getTime()).length,
      });
    }
  }
  const notificationRule = visibility.filter(UID.notification);
  const notifications = await myNotifications(app.strapi, visibility, me, 3);
  if (notificationRule === null) {
    expect(notifications).toBeNull();
    return;
  }
  const all: any[] = await app.strapi.db.query(UID.notification as any).findMany({
    where: toWhere(app.strapi, UID.notification, andFilters({ recipient: { id: me.id } }, notificationRule)), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  expect(notifications!.map((n: any) => [n.documentId, n.title, n.createdAt, n.readAt ?? null, n.unread])).toEqual(all.slice(0, 3).map((n) => [n.documentId, n.title, n.createdAt, n.readAt ?? null, !n.readAt]));
  expect((await inboxCounts(app.strapi, visibility, me, new Date())).unreadNotifications).toBe(all.filter((n) => !n.readAt).length);
}

test.each(['manager', 'colleague', 'otherManager', 'director', 'secretary', 'marketer', 'accountant'] as Person[])(
  "%s: the inbox's kept statements read what the query engine reads",
  async (person) => {
    await expectSameAsQueryEngine(await visibilityFor(app.strapi, await userOf(person)), person);
  },
);

test("the manager's own inbox is not empty, so the comparison above compares something", async () => {
  const visibility = await visibilityFor(app.strapi, await userOf('manager'));
  const result = await myRequests(app.strapi, visibility, meOf('manager'), { state: 'all', page: 1, pageSize: 100, now: new Date() });
  expect(result!.items.length).toBeGreaterThanOrEqual(9);
  const other = result!.items.find((item) => item.counterparty?.documentId === fx.records.other.counterparty.documentId);
  expect(other!.counterparty).toEqual({ documentId: fx.records.other.counterparty.documentId }); // another department's client: no name
});

test('a rule through a relation (a join) reads each request once, and only those it allows', async () => {
  const manager = await visibilityFor(app.strapi, await userOf('manager'));
  const throughRelation: Filters = { $or: [{ counterparty: { name: { $contains: 'Own' } } }, { interaction: { subject: { $notNull: true } } }] };
  const visibility: Visibility = { ...manager, ability: {}, filter: (uid, action) => (uid === UID.inboundRequest ? throughRelation : manager.filter(uid, action)) };
  await expectSameAsQueryEngine(visibility, 'manager');
  // through a to-many relation: a client with two contact persons would bring each of its requests twice
  await create(UID.contactPerson, { fullName: `Другий контакт ${fx.seq()}`, counterparty: fx.records.own.counterparty.documentId });
  const throughContacts: Filters = { counterparty: { contactPersons: { fullName: { $notNull: true } } } };
  await expectSameAsQueryEngine({ ...manager, ability: {}, filter: (uid, action) => (uid === UID.inboundRequest ? throughContacts : manager.filter(uid, action)) }, 'manager');
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * The inbox's routes: what each person reads, and who may act on a request (src/inbox/request-actions.ts,
 * domain/inbox/actions.ts). The attacker is another department's manager, and a colleague who may read.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;
const stored = (documentId: string) =>
  app.strapi.db.query(UID.inboundRequest as any).findOne({
    where: { documentId },
    populate: { counterparty: true, contactPerson: true, assignee: true, interaction: { populate: ['counterparty', 'contactPerson'] } },
  }) as Promise<any>;
/** A request routed to the manager: a call from their own client. */
const managersRequest = (subject: string) =>
  create(UID.inboundRequest, { channel: 'phone', subject, message: `${subject}: текст`, counterparty: fx.records.own.counterparty.documentId });

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  // the colleague heads the first sales department
  await app.strapi.documents(UID.department as any).update({ documentId: fx.departments.sales1.documentId, data: { head: fx.employees.colleague.documentId } as any });
});
afterAll(async () => {
  await app?.stop();
});

describe('the assignee works through a request', () => {
  let id: string;
  beforeAll(async () => {
    id = await managersRequest('Запит комерційної пропозиції');
  });

  test('opening it marks it read', async () => {
    const opened = await as.manager.get(`/crm/inbox/requests/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.meta).toMatchObject({ markedRead: true, can: { take: true, done: true, forward: true, prospect: false } });
    expect(opened.body.data).toMatchObject({ documentId: id, state: 'read', routingReason: expect.stringMatching(/^відповідальний менеджер/) });
    expect((await stored(id)).readAt).not.toBeNull();
    expect((await as.manager.get(`/crm/inbox/requests/${id}`)).body.meta.markedRead).toBe(false);
  });

  test('take in progress, then done with a result, which goes into the chronicle', async () => {
    expect((await as.manager.post(`/crm/inbox/requests/${id}/take`)).status).toBe(200);
    expect((await stored(id)).state).toBe('in-progress');
    const blank = await as.manager.post(`/crm/inbox/requests/${id}/done`, { result: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.errors[0].path).toEqual(['result']);
    const unknownKey = await as.manager.post(`/crm/inbox/requests/${id}/done`, { result: 'x', state: 'rejected' });
    expect(unknownKey.status).toBe(400);
    const done = await as.manager.post(`/crm/inbox/requests/${id}/done`, { result: 'Надіслано КП на 12 позицій' });
    expect(done.status).toBe(200);
    const request = await stored(id);
    expect(request).toMatchObject({ state: 'done', result: 'Надіслано КП на 12 позицій' });
    expect(request.doneAt).not.toBeNull();
    expect(request.interaction.result).toBe('Надіслано КП на 12 позицій');
    expect(request.interaction.counterparty.documentId).toBe(fx.records.own.counterparty.documentId);
    const again = await as.manager.post(`/crm/inbox/requests/${id}/done`, { result: 'ще раз' });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors[0].path).toEqual(['state']);
    const closed = await as.manager.get('/crm/inbox?state=closed');
    expect(closed.body.data.requests.map((r: any) => r.documentId)).toContain(id);
    expect((await as.manager.get('/crm/inbox')).body.data.requests.map((r: any) => r.documentId)).not.toContain(id);
  });
});

describe('another department’s manager can neither read nor act on my request', () => {
  let id: string;
  beforeAll(async () => {
    id = await managersRequest('Моє звернення');
  });

  test('every route answers 404, as for a request that does not exist, and nothing changes', async () => {
    const before = await stored(id);
    const attacker = as.otherManager;
    expect((await attacker.get(`/crm/inbox/requests/${id}`)).status).toBe(404);
    expect((await attacker.get('/crm/inbox/requests/no-such-request')).status).toBe(404);
    for (const [path, body] of [
      ['read', undefined],
      ['take', undefined],
      ['done', { result: 'закрито зловмисником' }],
      ['forward', { to: fx.employees.otherManager.documentId, reason: 'забираю' }],
      ['prospect', undefined],
    ] as const) {
      expect((await attacker.post(`/crm/inbox/requests/${id}/${path}`, body)).status).toBe(404);
    }
    const after = await stored(id);
    expect({ state: after.state, readAt: after.readAt, assignee: after.assignee.id, result: after.result }).toEqual({
      state: before.state, readAt: before.readAt, assignee: before.assignee.id, result: before.result,
    });
    expect((await attacker.get('/crm/inbox')).body.data.requests.map((r: any) => r.documentId)).not.toContain(id);
  });

  test('nor mark my notifications read', async () => {
    const mine: any = await app.strapi.db.query(UID.notification as any).findOne({ where: { recipient: { documentId: fx.employees.manager.documentId }, readAt: { $null: true } } });
    expect((await as.otherManager.post(`/crm/inbox/notifications/${mine.documentId}/read`)).status).toBe(404);
    expect((await as.secretary.post(`/crm/inbox/notifications/${mine.documentId}/read`)).status).toBe(404);
    expect((await app.strapi.db.query(UID.notification as any).findOne({ where: { id: mine.id } })).readAt).toBeNull();
    const own = await as.manager.post(`/crm/inbox/notifications/${mine.documentId}/read`);
    expect(own.status).toBe(200);
    expect((await app.strapi.db.query(UID.notification as any).findOne({ where: { id: mine.id } })).readAt).not.toBeNull();
  });

  test('a department colleague reads it but may not mark it read, take it or close it', async () => {
    const seen = await as.secretary.get(`/crm/inbox/requests/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.meta.markedRead).toBe(false);
    const director = await as.director.get(`/crm/inbox/requests/${id}`);
    expect(director.body.meta.markedRead).toBe(false);
    expect((await stored(id)).readAt).toBeNull();
    // the colleague is the department's head here, but reading, taking and closing are the assignee's
    expect((await as.colleague.post(`/crm/inbox/requests/${id}/read`)).status).toBe(403);
    expect((await as.colleague.post(`/crm/inbox/requests/${id}/take`)).status).toBe(403);
    const refused = await as.colleague.post(`/crm/inbox/requests/${id}/done`, { result: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('це може зробити лише виконавець звернення або його керівник');
  });
});

describe('forwarding', () => {
  let id: string;
  beforeAll(async () => {
    id = await managersRequest('Переадресувати');
  });

  test('a reason is required and the target must exist', async () => {
    const blank = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { to: fx.employees.colleague.documentId, reason: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.errors.map((e: any) => e.path)).toEqual([['reason']]);
    const nobody = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { to: 'nosuchemployee00000000000', reason: 'так' });
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.details.errors[0].path).toEqual(['to']);
  });

  test('the assignee forwards with a reason: history kept, the new assignee told and in charge', async () => {
    const res = await as.manager.post(`/crm/inbox/requests/${id}/forward`, { to: fx.employees.otherManager.documentId, reason: 'Клієнт зі Львова' });
    expect(res.status).toBe(200);
    const request = await stored(id);
    expect(request.assignee.documentId).toBe(fx.employees.otherManager.documentId);
    expect(request).toMatchObject({ state: 'assigned', readAt: null });
    expect(request.forwardHistory).toEqual([
      expect.objectContaining({ from: fx.employees.manager.documentId, to: fx.employees.otherManager.documentId, reason: 'Клієнт зі Львова', by: fx.employees.manager.documentId }),
    ]);
    const told: any[] = await app.strapi.db.query(UID.notification as any).findMany({ where: { recipient: { documentId: fx.employees.otherManager.documentId }, title: 'Переадресоване звернення: Переадресувати' } });
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('Причина: Клієнт зі Львова');
    // now theirs: in their inbox, readable and theirs to close; the manager can no longer act on it
    const opened = await as.otherManager.get(`/crm/inbox/requests/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.forwardHistory[0]).toMatchObject({ fromName: 'Працівник manager', toName: 'Працівник otherManager' });
    expect((await as.manager.post(`/crm/inbox/requests/${id}/done`, { result: 'x' })).status).toBe(403);
  });

  test('the head of the department may forward a request of their department', async () => {
    const other = await managersRequest('Для керівника');
    const res = await as.colleague.post(`/crm/inbox/requests/${other}/forward`, { to: fx.employees.colleague.documentId, reason: 'Беру на себе' });
    expect(res.status).toBe(200);
    expect((await stored(other)).assignee.documentId).toBe(fx.employees.colleague.documentId);
  });
});

describe('an unknown caller becomes a prospect with a contact person', () => {
  let id: string;
  beforeAll(async () => {
    id = await create(UID.inboundRequest, {
      channel: 'phone', callerName: 'Оксана Нова', callerPhone: '0931112299', organizationName: 'ФОП Нова', subject: 'Ціни', assignee: fx.employees.manager.documentId,
    });
  });

  test('the Secretary may edit the request but not create counterparties: 403', async () => {
    expect((await as.secretary.post(`/crm/inbox/requests/${id}/prospect`)).status).toBe(403);
  });

  test('the assignee makes them a prospect: counterparty, contact person, request and chronicle entry linked in one go', async () => {
    const res = await as.manager.post(`/crm/inbox/requests/${id}/prospect`);
    expect(res.status).toBe(201);
    const { counterparty, contactPerson } = res.body.data;
    expect(counterparty.name).toBe('ФОП Нова');
    expect(contactPerson.fullName).toBe('Оксана Нова');
    const row: any = await app.strapi.db.query(UID.counterparty as any).findOne({ where: { documentId: counterparty.documentId }, populate: ['manager'] });
    expect(row).toMatchObject({ kind: 'prospect' });
    expect(row.manager.documentId).toBe(fx.employees.manager.documentId);
    const contact: any = await app.strapi.db.query(UID.contactPerson as any).findOne({ where: { documentId: contactPerson.documentId }, populate: ['counterparty'] });
    expect(contact).toMatchObject({ phone: '+380931112299', isPrimary: true });
    expect(contact.counterparty.documentId).toBe(counterparty.documentId);
    const request = await stored(id);
    expect(request.counterparty.documentId).toBe(counterparty.documentId);
    expect(request.contactPerson.documentId).toBe(contactPerson.documentId);
    expect(request.interaction.counterparty.documentId).toBe(counterparty.documentId);
    // the manager now sees the new client like any of theirs
    expect((await as.manager.get(`/content-manager/collection-types/${UID.counterparty}/${counterparty.documentId}`)).status).toBe(200);

    const twice = await as.manager.post(`/crm/inbox/requests/${id}/prospect`);
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.errors[0].path).toEqual(['counterparty']);
  });
});

describe('notifications', () => {
  test('read-all marks every unread notification of the caller, only theirs', async () => {
    const othersUnread = await app.strapi.db.query(UID.notification as any).count({ where: { recipient: { documentId: fx.employees.otherManager.documentId }, readAt: { $null: true } } });
    const res = await as.manager.post('/crm/inbox/notifications/read-all');
    expect(res.status).toBe(200);
    expect(res.body.data.marked).toBeGreaterThan(0);
    expect((await as.manager.get('/crm/inbox/counter')).body.data.unreadNotifications).toBe(0);
    expect(await app.strapi.db.query(UID.notification as any).count({ where: { recipient: { documentId: fx.employees.otherManager.documentId }, readAt: { $null: true } } })).toBe(othersUnread);
  });

  test('roles without the inbox get 403', async () => {
    expect((await as.accountant.get('/crm/inbox')).status).toBe(403);
    expect((await as.marketer.get('/crm/inbox/counter')).status).toBe(403);
  });
});

describe('whereabouts', () => {
  const at = '2026-12-02T10:00:00.000Z'; // a Wednesday, 12:00 in Kyiv
  beforeAll(async () => {
    await create(UID.scheduleEntry, { employee: fx.employees.colleague.documentId, kind: 'vacation', start: '2026-11-29T22:00:00.000Z', end: '2026-12-04T22:00:00.000Z' });
    await create(UID.scheduleEntry, { employee: fx.employees.otherManager.documentId, kind: 'sick-leave', start: '2026-12-01T00:00:00.000Z', end: '2026-12-04T00:00:00.000Z' });
  });

  test('a sales manager sees where the people of their department are, nobody else', async () => {
    const res = await as.manager.get(`/crm/whereabouts?at=${encodeURIComponent(at)}`);
    expect(res.status).toBe(200);
    const people = res.body.data.people;
    expect(people.map((p: any) => p.fullName).sort()).toEqual(['Працівник colleague', 'Працівник manager']);
    expect(people.find((p: any) => p.fullName === 'Працівник colleague')).toMatchObject({ kind: 'vacation', atWork: false, label: 'Відпустка до 04.12.2026' });
    // (the vacation ends at midnight Kyiv time of the 5th: its last day is the 4th)
    expect(people.find((p: any) => p.fullName === 'Працівник manager')).toMatchObject({ kind: 'office', atWork: true, label: 'В офісі' });
    expect(res.body.data.week.rows).toHaveLength(2);
    expect(res.body.data.week.days[0].date).toBe('2026-11-30');
  });

  test('the Secretary sees everybody; a role without schedules gets 403; bad parameters 400', async () => {
    const res = await as.secretary.get(`/crm/whereabouts?at=${encodeURIComponent(at)}&week=2026-12-09`);
    expect(res.status).toBe(200);
    const names = res.body.data.people.map((p: any) => p.fullName);
    expect(names).toEqual(expect.arrayContaining(['Працівник colleague', 'Працівник otherManager', 'Працівник director']));
    expect(res.body.data.people.find((p: any) => p.fullName === 'Працівник otherManager')).toMatchObject({ kind: 'sick-leave', atWork: false });
    expect(res.body.data.week.from).toBe('2026-12-07');
    expect((await as.accountant.get('/crm/whereabouts')).status).toBe(403);
    expect((await as.secretary.get('/crm/whereabouts?at=yesterday')).status).toBe(400);
    expect((await as.secretary.get('/crm/whereabouts?who=all')).status).toBe(400);
  });
});

describe('the open requests as the inbox lists them', () => {
  test('unread first and newest first within each; the pages join into the whole list; the counter agrees', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) ids.push(await managersRequest(`Черга ${n}`));
    for (const id of [ids[0], ids[2]]) expect((await as.manager.post(`/crm/inbox/requests/${id}/read`)).status).toBe(200);

    const whole = (await as.manager.get('/crm/inbox?pageSize=100')).body;
    const requests: any[] = whole.data.requests;
    expect(requests.map((r) => r.documentId)).toEqual(expect.arrayContaining(ids));
    const rank = (r: any) => [r.unread ? 0 : 1, -Date.parse(r.receivedAt)];
    for (let at = 1; at < requests.length; at += 1) {
      const [a, b] = [rank(requests[at - 1]), rank(requests[at])];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
    }
    expect(requests.filter((r) => ids.includes(r.documentId)).map((r) => r.unread)).toEqual([true, true, false, false]);

    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.meta.pagination.total / 3); page += 1) {
      const res = await as.manager.get(`/crm/inbox?pageSize=3&page=${page}`);
      paged.push(...res.body.data.requests.map((r: any) => r.documentId));
    }
    expect(paged).toEqual(requests.map((r) => r.documentId));

    expect(whole.meta.pagination.total).toBe(requests.length);
    expect(whole.data.counts).toMatchObject({ openRequests: requests.length, unreadRequests: requests.filter((r) => r.unread).length });
    // each row of a page is read whole, with its client
    const newest = requests.find((r) => r.documentId === ids[3]);
    expect(newest).toMatchObject({ subject: 'Черга 4', channel: 'phone', counterparty: { documentId: fx.records.own.counterparty.documentId, name: expect.any(String) } });
  });

  test('the counter\'s overdue figure counts the marked and the due-by-now ones; a client the caller may not read is its documentId only', async () => {
    const setRequest = (documentId: string, data: Record<string, unknown>) => app.strapi.db.query(UID.inboundRequest as any).update({ where: { documentId }, data });
    const hour = 3600_000;
    const dueByNow = await managersRequest('Термін минув');
    await setRequest(dueByNow, { dueAt: new Date(Date.now() - hour), overdue: false });
    const marked = await managersRequest('Позначений простроченим');
    await setRequest(marked, { dueAt: new Date(Date.now() + 24 * hour), overdue: true });
    const inTime = await managersRequest('Ще вчасно');
    await setRequest(inTime, { dueAt: new Date(Date.now() + 24 * hour), overdue: false });
    const foreign = await create(UID.inboundRequest, {
      channel: 'email', subject: 'Клієнт чужого відділу', message: 'текст',
      counterparty: fx.records.other.counterparty.documentId, assignee: fx.employees.manager.documentId,
    });

    const whole = (await as.manager.get('/crm/inbox?pageSize=100')).body;
    const byId = new Map<string, any>(whole.data.requests.map((r: any) => [r.documentId, r]));
    expect([dueByNow, marked, inTime].map((id) => byId.get(id)?.overdue)).toEqual([true, true, false]);
    expect(whole.data.counts.overdueRequests).toBe(whole.data.requests.filter((r: any) => r.overdue).length);
    expect(whole.data.counts.overdueRequests).toBeGreaterThanOrEqual(2);
    expect((await as.manager.get('/crm/inbox/counter')).body.data).toMatchObject({ overdueRequests: whole.data.counts.overdueRequests, openRequests: whole.data.counts.openRequests });
    expect(byId.get(inTime).counterparty).toEqual({ documentId: fx.records.own.counterparty.documentId, name: expect.any(String) });
    expect(byId.get(foreign).counterparty).toEqual({ documentId: fx.records.other.counterparty.documentId });
    // the director reads every client: the same request shows its name to them
    const directors = (await as.director.get('/crm/inbox?pageSize=100')).body.data.requests ?? [];
    for (const request of directors) if (request.counterparty) expect(request.counterparty.name).toEqual(expect.any(String));
  });

  test('a renamed employee card is who "me" is at the very next request', async () => {
    const before = (await as.manager.get('/crm/inbox')).body.data.me;
    const employee = fx.employees.manager.documentId;
    const original: any = await app.strapi.documents(UID.employee as any).findOne({ documentId: employee });
    await app.strapi.documents(UID.employee as any).update({ documentId: employee, data: { fullName: 'Працівник manager (нове прізвище)' } as any });
    try {
      expect((await as.manager.get('/crm/inbox')).body.data.me).toEqual({ documentId: before.documentId, fullName: 'Працівник manager (нове прізвище)' });
    } finally {
      await app.strapi.documents(UID.employee as any).update({ documentId: employee, data: { fullName: original.fullName } as any });
    }
    expect((await as.manager.get('/crm/inbox')).body.data.me.fullName).toBe(original.fullName);
  });
});

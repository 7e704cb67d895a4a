import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { usesPostgres } from '../helpers/database';
import { SecondProcess, startSecondProcess } from '../helpers/second-process-client';
import { fromDist } from '../helpers/dist';
import { UID } from '../../src/access/uids';
import type * as Cron from '../../src/cron';

/**
 * The scheduled side of issue 10: escalation of overdue requests and the morning reminders, once each
 * however often and wherever they run; the next contact planned on save; schedule entries refused when
 * they overlap.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let cron: typeof Cron;

const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;
const notifications = (where: Record<string, unknown>) => app.strapi.db.query(UID.notification as any).findMany({ where, orderBy: { id: 'asc' } }) as Promise<any[]>;

beforeAll(async () => {
  app = await startStrapi();
  cron = fromDist<typeof Cron>('src/cron');
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  await app.strapi.documents(UID.department as any).update({ documentId: fx.departments.sales1.documentId, data: { head: fx.employees.colleague.documentId } as any });
});
afterAll(async () => {
  await app?.stop();
});

describe('escalation of requests past their due time', () => {
  let id: string;
  beforeAll(async () => {
    id = await create(UID.inboundRequest, {
      channel: 'phone', subject: 'Термінове', urgency: 'critical', receivedAt: '2026-11-02T09:00:00.000Z',
      counterparty: fx.records.own.counterparty.documentId,
    });
  });

  test('not before the due time', async () => {
    const row: any = await app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId: id } });
    // critical = 1 working hour: Monday 11:00 → 12:00 in Kyiv
    expect(new Date(row.dueAt).toISOString()).toBe('2026-11-02T10:00:00.000Z');
    const record = await cron.runCronTask(app.strapi, cron.escalateOverdueRequests, { now: new Date('2026-11-02T09:59:00.000Z') });
    expect(record.outcome).toBe('ok');
    expect((await app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId: id } })).overdue).toBe(false);
  });

  test('after it: marked overdue and the head told, once', async () => {
    const record = await cron.runCronTask(app.strapi, cron.escalateOverdueRequests, { now: new Date('2026-11-02T10:00:00.000Z') });
    expect(record).toMatchObject({ outcome: 'ok', counts: expect.objectContaining({ escalated: expect.any(Number) }) });
    const row: any = await app.strapi.db.query(UID.inboundRequest as any).findOne({ where: { documentId: id } });
    expect(row.overdue).toBe(true);
    expect(new Date(row.escalatedAt).toISOString()).toBe('2026-11-02T10:00:00.000Z');
    const told = await notifications({ dedupeKey: `inbound-request-overdue:${id}` });
    expect(told).toHaveLength(1);
    const head: any = await app.strapi.db.query(UID.notification as any).findOne({ where: { id: told[0].id }, populate: ['recipient'] });
    expect(head.recipient.documentId).toBe(fx.employees.colleague.documentId);
    expect(head.title).toBe('Прострочене звернення: Термінове');

    await cron.runCronTask(app.strapi, cron.escalateOverdueRequests, { now: new Date('2026-11-02T10:05:00.000Z') });
    await cron.escalateOverdueRequests.run(app.strapi, { now: new Date('2026-11-03T10:00:00.000Z') });
    expect(await notifications({ dedupeKey: `inbound-request-overdue:${id}` })).toHaveLength(1);
    // the assignee's inbox flags it
    const item = (await as.manager.get('/crm/inbox')).body.data.requests.find((r: any) => r.documentId === id);
    expect(item).toMatchObject({ overdue: true });
  });

  test('a closed request is never escalated', async () => {
    const closed = await create(UID.inboundRequest, { channel: 'phone', subject: 'Закрите', receivedAt: '2026-11-02T09:00:00.000Z', counterparty: fx.records.own.counterparty.documentId });
    await app.strapi.documents(UID.inboundRequest as any).update({ documentId: closed, data: { state: 'done' } as any });
    await cron.escalateOverdueRequests.run(app.strapi, { now: new Date('2026-12-01T10:00:00.000Z') });
    expect(await notifications({ dedupeKey: `inbound-request-overdue:${closed}` })).toHaveLength(0);
  });
});

describe('the next contact', () => {
  let first: string;
  const plannedFor = (documentId: string) =>
    app.strapi.db.query(UID.interaction as any).findMany({ where: { followUpOf: { documentId } }, populate: ['employee', 'counterparty'] }) as Promise<any[]>;

  test('saving a contact with nextContactAt plans exactly one, and moving the date moves it', async () => {
    first = await create(UID.interaction, {
      kind: 'call-out', occurredAt: '2026-11-25T09:00:00.000Z', subject: 'Дзвінок про знижку', state: 'done',
      employee: fx.employees.manager.documentId, counterparty: fx.records.own.counterparty.documentId, nextContactAt: '2026-11-30T08:00:00.000Z',
    });
    let planned = await plannedFor(first);
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ state: 'planned', direction: 'outbound', kind: 'call-out', subject: 'Наступний контакт: Дзвінок про знижку' });
    expect(new Date(planned[0].occurredAt).toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(planned[0].employee.documentId).toBe(fx.employees.manager.documentId);
    expect(planned[0].counterparty.documentId).toBe(fx.records.own.counterparty.documentId);

    const moved = await as.manager.put(cm(UID.interaction, first), { nextContactAt: '2026-12-01T07:30:00.000Z' });
    expect(moved.status).toBe(200);
    await as.manager.put(cm(UID.interaction, first), { content: 'ще раз збережено' });
    planned = await plannedFor(first);
    expect(planned).toHaveLength(1);
    expect(new Date(planned[0].occurredAt).toISOString()).toBe('2026-12-01T07:30:00.000Z');
  });

  test('a next contact before the contact itself is a 400 naming the field', async () => {
    const res = await as.manager.put(cm(UID.interaction, first), { nextContactAt: '2026-11-20T08:00:00.000Z' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['nextContactAt']);
  });

  test('completing the planned one with a result: done, and the panel is told to offer the next', async () => {
    const [planned] = await plannedFor(first);
    const blank = await as.manager.post(`/crm/interactions/${planned.documentId}/complete`, { result: '' });
    expect(blank.status).toBe(400);
    const res = await as.manager.post(`/crm/interactions/${planned.documentId}/complete`, { result: 'Домовились про зустріч', at: '2026-12-01T08:00:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ state: 'done', offerNext: true });
    const row: any = await app.strapi.db.query(UID.interaction as any).findOne({ where: { id: planned.id } });
    expect(row).toMatchObject({ state: 'done', result: 'Домовились про зустріч' });
    expect((await as.manager.post(`/crm/interactions/${planned.documentId}/complete`, { result: 'ще' })).status).toBe(400);
    // another department's manager may not complete it
    expect((await as.otherManager.post(`/crm/interactions/${planned.documentId}/complete`, { result: 'x' })).status).toBe(404);
  });
});

describe('the morning reminders', () => {
  const morning = new Date('2026-12-10T06:00:00.000Z'); // 08:00 in Kyiv
  beforeAll(async () => {
    const plan = (employee: string, occurredAt: string, subject: string) =>
      create(UID.interaction, { kind: 'call-out', state: 'planned', occurredAt, subject, employee, counterparty: fx.records.own.counterparty.documentId });
    await plan(fx.employees.manager.documentId, '2026-12-10T09:00:00.000Z', 'Сьогоднішній дзвінок');
    await plan(fx.employees.manager.documentId, '2026-12-08T09:00:00.000Z', 'Забутий дзвінок');
    await plan(fx.employees.colleague.documentId, '2026-12-10T12:00:00.000Z', 'Зустріч колеги');
    await plan(fx.employees.colleague.documentId, '2026-12-11T12:00:00.000Z', 'Завтрашня');
  });

  test('each employee gets one notification listing today’s and overdue contacts, once', async () => {
    const record = await cron.runCronTask(app.strapi, cron.nextContactReminders, { now: morning });
    expect(record.outcome).toBe('ok');
    const manager = await notifications({ dedupeKey: `next-contact:${fx.employees.manager.documentId}:2026-12-10` });
    expect(manager).toHaveLength(1);
    expect(manager[0].kind).toBe('next-contact');
    expect(manager[0].body).toContain('Сьогоднішній дзвінок');
    expect(manager[0].body).toContain('Забутий дзвінок');
    const colleague = await notifications({ dedupeKey: `next-contact:${fx.employees.colleague.documentId}:2026-12-10` });
    expect(colleague).toHaveLength(1);
    expect(colleague[0].body).toContain('Зустріч колеги');
    expect(colleague[0].body).not.toContain('Завтрашня');

    const again = await cron.runCronTask(app.strapi, cron.nextContactReminders, { now: new Date(morning.getTime() + 3_600_000) });
    expect(again.counts).toMatchObject({ reminded: 0 });
    expect(await notifications({ dedupeKey: { $startsWith: 'next-contact:' } })).toHaveLength(2);
  });

  test('the task is scheduled at 08:00 in the business zone by default', () => {
    const tasks: any = app.strapi.config.get('server.cron.tasks');
    expect(tasks['next-contact-reminders'].options).toEqual({ rule: '0 8 * * *', tz: 'Europe/Kyiv' });
    expect(tasks['escalate-overdue-requests'].options).toEqual({ rule: '*/5 * * * *', tz: 'Europe/Kyiv' });
  });
});

describe('schedule entries', () => {
  test('an overlapping entry of the same employee is refused with 400 naming the entry in the way', async () => {
    const first = await as.manager.post(cm(UID.scheduleEntry), { kind: 'vacation', start: '2027-01-04T00:00:00.000Z', end: '2027-01-09T00:00:00.000Z' });
    expect(first.status).toBe(201);
    const clash = await as.manager.post(cm(UID.scheduleEntry), {
      kind: 'client-visit', start: '2027-01-05T08:00:00.000Z', end: '2027-01-05T10:00:00.000Z', purpose: 'Презентація',
      counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.details.errors[0].path).toEqual(['start']);
    expect(clash.body.error.message).toContain('Відпустка, 04.01.2027 02:00 – 09.01.2027 02:00');
    // touching is not overlapping; another employee's entry at the same time is fine
    expect((await as.manager.post(cm(UID.scheduleEntry), { kind: 'office', start: '2027-01-09T00:00:00.000Z', end: '2027-01-09T08:00:00.000Z' })).status).toBe(201);
    expect((await as.colleague.post(cm(UID.scheduleEntry), { kind: 'office', start: '2027-01-05T08:00:00.000Z', end: '2027-01-05T10:00:00.000Z' })).status).toBe(201);
    // moving an entry onto another one is refused too
    const office: any = await app.strapi.db.query(UID.scheduleEntry as any).findOne({ where: { start: '2027-01-09T00:00:00.000Z' } });
    const move = await as.manager.put(cm(UID.scheduleEntry, office.documentId), { start: '2027-01-08T20:00:00.000Z' });
    expect(move.status).toBe(400);
    expect(move.body.error.details.errors[0].path).toEqual(['start']);
  });

  test('end before start, and a field the kind needs, are 400s naming the field', async () => {
    const backwards = await as.manager.post(cm(UID.scheduleEntry), { kind: 'office', start: '2027-02-01T10:00:00.000Z', end: '2027-02-01T09:00:00.000Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.errors.map((e: any) => e.path)).toEqual([['end']]);
    const trip = await as.manager.post(cm(UID.scheduleEntry), { kind: 'business-trip', start: '2027-02-02T06:00:00.000Z', end: '2027-02-03T18:00:00.000Z', purpose: 'Виставка' });
    expect(trip.status).toBe(400);
    expect(trip.body.error.details.errors.map((e: any) => e.path)).toEqual([['city']]);
  });
});

const onPostgres = usesPostgres() ? describe : describe.skip;

onPostgres('two Vitrylo processes on one PostgreSQL database', () => {
  let child: SecondProcess;
  const dayOf = (date: string) => new Date(`${date}T06:00:00.000Z`);

  beforeAll(async () => {
    // people with contacts planned for two more days, so each run has a whole set to make
    for (const [i, person] of (['manager', 'colleague', 'otherManager', 'director', 'secretary'] as const).entries()) {
      for (const date of ['2026-12-14', '2026-12-15']) {
        await create(UID.interaction, { kind: 'call-out', state: 'planned', occurredAt: `${date}T1${i}:00:00.000Z`, subject: `Контакт ${person}`, employee: fx.employees[person].documentId });
      }
    }
    child = await startSecondProcess();
  });
  afterAll(async () => {
    child?.stop();
  });

  test('running the reminder body at the same moment in both, past the kit’s lock: one set, by the unique dedupe key', async () => {
    const now = dayOf('2026-12-14');
    const counts: any = { created: {}, updated: {}, deleted: {} };
    child.send({ run: 'reminders', now: now.toISOString(), direct: true });
    const [there] = await Promise.all([child.nextReply(), cron.nextContactReminders.run(app.strapi, { now, counts })]);
    const made = await notifications({ dedupeKey: { $endsWith: ':2026-12-14' } });
    expect(made).toHaveLength(5);
    expect(new Set(made.map((n) => n.dedupeKey)).size).toBe(5);
    // each reminder was made by exactly one of the two; the other found it made (or lost the insert to it)
    expect(counts.reminded + there.done.reminded).toBe(5);
    expect((counts.alreadyReminded ?? 0) + (there.done.alreadyReminded ?? 0)).toBe(5);
  });

  test('running the task through the kit in both at the same moment: one set', async () => {
    const now = dayOf('2026-12-15');
    child.send({ run: 'reminders', now: now.toISOString() });
    const [there, here] = await Promise.all([child.nextReply(), cron.runCronTask(app.strapi, cron.nextContactReminders, { now })]);
    expect([there.done.outcome, here.outcome].sort()).toEqual(expect.arrayContaining(['ok']));
    expect(await notifications({ dedupeKey: { $endsWith: ':2026-12-15' } })).toHaveLength(5);
  });
});

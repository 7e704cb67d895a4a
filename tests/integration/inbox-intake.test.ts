import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { createApiToken } from '../helpers/api-token';
import { usesPostgres } from '../helpers/database';
import { UID } from '../../src/access/uids';
import { makeEdrpou } from '../../src/domain/identifiers';

/**
 * Every new inbound request, whatever its channel, is matched to its caller, routed, given its due time,
 * chronicled and announced to its assignee, in the create's transaction (src/inbox/intake.ts).
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let root: AdminSession;
const ids: Record<string, string> = {};
const EDRPOU = makeEdrpou('3161001');

beforeAll(async () => {
  process.env.VITRYLO_SLA = 'critical=30m calendar; high=2h';
  app = await startStrapi();
  delete process.env.VITRYLO_SLA;
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  root = await createSuperAdminSession(app);
  const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;
  ids.client = await create(UID.counterparty, {
    name: 'ТОВ «Клієнт Олени»',
    kind: 'client',
    phone: '+380671112233',
    email: 'Info@Klient.UA',
    edrpou: EDRPOU,
    manager: fx.employees.manager.documentId,
    department: fx.departments.sales1.documentId,
  });
  ids.contact = await create(UID.contactPerson, { fullName: 'Петро Клієнтський', phone: '+380501234567', isPrimary: true, counterparty: ids.client });
});
afterAll(async () => {
  await app?.stop();
});

const web = (body: Record<string, unknown>) => app.http.post('/api/inbound-requests/web').send({ consent: true, ...body });
const stored = (documentId: string) =>
  app.strapi.db.query(UID.inboundRequest as any).findOne({
    where: { documentId },
    populate: { counterparty: true, contactPerson: true, assignee: true, targetDepartment: true, routingRule: true, registeredBy: true, interaction: { populate: ['counterparty', 'employee', 'contactPerson'] } },
  }) as Promise<any>;
const notificationsOf = (employeeDocumentId: string) =>
  app.strapi.db.query(UID.notification as any).findMany({ where: { recipient: { documentId: employeeDocumentId } }, orderBy: { id: 'asc' } }) as Promise<any[]>;
const inboxIds = async (person: Person) => {
  const res = await as[person].get('/crm/inbox');
  expect(res.status).toBe(200);
  return (res.body.data.requests ?? []).map((r: any) => r.documentId);
};

describe('a web-form request', () => {
  let reference: string;
  beforeAll(async () => {
    app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
    const res = await web({ name: 'Петро', phone: '050 123 45 67', subject: 'Потрібні двері', message: 'Скільки коштують двері 90 см?' });
    expect(res.status).toBe(201);
    reference = res.body.data.reference;
  });

  test('is matched to the contact person by phone, routed to the client’s manager and given a due time', async () => {
    const request = await stored(reference);
    expect(request.counterparty.documentId).toBe(ids.client);
    expect(request.contactPerson.documentId).toBe(ids.contact);
    expect(request.assignee.documentId).toBe(fx.employees.manager.documentId);
    expect(request.targetDepartment.documentId).toBe(fx.departments.sales1.documentId);
    expect(request).toMatchObject({ state: 'assigned', flagged: false, channel: 'web', routingReason: expect.stringContaining('відповідальний менеджер') });
    expect(request.routingRule).toBeNull();
    expect(new Date(request.dueAt).getTime()).toBeGreaterThan(new Date(request.receivedAt).getTime());
  });

  test('writes an inbound entry into the client’s chronicle, linked to the request', async () => {
    const { interaction } = await stored(reference);
    expect(interaction).toMatchObject({ direction: 'inbound', state: 'done', kind: 'other', subject: 'Звернення: Потрібні двері' });
    expect(interaction.content).toContain('Скільки коштують двері 90 см?');
    expect(interaction.counterparty.documentId).toBe(ids.client);
    expect(interaction.contactPerson.documentId).toBe(ids.contact);
    expect(interaction.employee.documentId).toBe(fx.employees.manager.documentId);
    const back: any = await app.strapi.db.query(UID.interaction as any).findOne({ where: { id: interaction.id }, populate: ['inboundRequest'] });
    expect(back.inboundRequest.documentId).toBe(reference);
  });

  test('notifies the assignee, saying why it came to them', async () => {
    const mine = (await notificationsOf(fx.employees.manager.documentId)).filter((n) => n.link?.endsWith(reference));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'inbound-request', title: 'Нове звернення: Потрібні двері', readAt: null });
    expect(mine[0].body).toContain('Чому вам: відповідальний менеджер');
    for (const person of ['colleague', 'otherManager', 'secretary'] as const) {
      expect((await notificationsOf(fx.employees[person].documentId)).filter((n) => n.link?.endsWith(reference))).toEqual([]);
    }
  });

  test('appears in the assignee’s inbox and in nobody else’s', async () => {
    expect(await inboxIds('manager')).toContain(reference);
    for (const person of ['colleague', 'otherManager', 'secretary', 'director'] as const) expect(await inboxIds(person)).not.toContain(reference);
    const inbox = (await as.manager.get('/crm/inbox')).body.data;
    const item = inbox.requests.find((r: any) => r.documentId === reference);
    expect(item).toMatchObject({ unread: true, overdue: false, flagged: false, counterparty: { documentId: ids.client, name: 'ТОВ «Клієнт Олени»' } });
    expect(inbox.notifications.some((n: any) => n.title === 'Нове звернення: Потрібні двері')).toBe(true);
    expect(inbox.counts.unreadRequests).toBeGreaterThanOrEqual(1);
    expect((await as.manager.get('/crm/inbox/counter')).body.data).toEqual(inbox.counts);
  });
});

test('an e-mail is matched whatever its letter case, through an index on lower(email)', async () => {
  app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
  const res = await web({ name: 'Ірина', email: 'INFO@klient.ua', subject: 'Рахунок' });
  const request = await stored(res.body.data.reference);
  expect(request.counterparty.documentId).toBe(ids.client);
  expect(request.contactPerson).toBeNull();
  expect(request.assignee.documentId).toBe(fx.employees.manager.documentId);

  const indexes = usesPostgres()
    ? ((await app.strapi.db.connection.raw("select indexname as name, indexdef as def from pg_indexes where indexname like '%email_lower_idx'")) as any).rows
    : await app.strapi.db.connection.raw("select name, sql as def from sqlite_master where type = 'index' and name like '%email_lower_idx'");
  expect(indexes.map((i: any) => i.name).sort()).toEqual(['contact_persons_email_lower_idx', 'counterparties_email_lower_idx']);
  for (const index of indexes) expect(index.def.toLowerCase()).toContain('lower(');
});

test('the Secretary registers a call in the panel: received now, matched by the ЄДРПОУ in the organisation, routed, hers as registrar', async () => {
  const before = Date.now();
  const res = await as.secretary.post(cm(UID.inboundRequest), {
    channel: 'phone',
    callerName: 'Невідомий голос',
    organizationName: `Клієнт Олени, ЄДРПОУ ${EDRPOU}`,
    subject: 'Дзвінок щодо доставки',
    urgency: 'critical',
  });
  expect(res.status).toBe(201);
  const request = await stored(res.body.data.documentId);
  expect(new Date(request.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  expect(request.counterparty.documentId).toBe(ids.client);
  expect(request.registeredBy.documentId).toBe(fx.employees.secretary.documentId);
  expect(request.assignee.documentId).toBe(fx.employees.manager.documentId);
  // VITRYLO_SLA critical=30m calendar
  expect(new Date(request.dueAt).getTime() - new Date(request.receivedAt).getTime()).toBe(30 * 60_000);
  expect(request.interaction).toMatchObject({ kind: 'call-in', direction: 'inbound' });
  expect(await inboxIds('secretary')).not.toContain(res.body.data.documentId);
});

test('a request from the REST API (telephony) is routed the same way', async () => {
  const token = await createApiToken(app, 'full-access');
  const res = await token.post('/api/inbound-requests', { data: { channel: 'phone', callerPhone: '0671112233', subject: 'Пропущений дзвінок' } });
  expect(res.status).toBe(201);
  const request = await stored(res.body.data.documentId);
  expect(request).toMatchObject({ state: 'assigned', callerPhone: '+380671112233' });
  expect(request.counterparty.documentId).toBe(ids.client);
  expect(request.contactPerson).toBeNull();
  expect(request.assignee.documentId).toBe(fx.employees.manager.documentId);
  expect(request.interaction.kind).toBe('call-in');
});

describe('routing rules and duty people', () => {
  beforeAll(async () => {
    const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;
    ids.serviceman = await create(UID.employee, { fullName: 'Андрієнко Сервіс', department: fx.departments.sales2.documentId });
    await create('api::routing-rule.routing-rule', { name: 'Сервіс', priority: 10, active: true, conditions: { keywords: 'ремонт, гарантія' }, targetDepartment: fx.departments.sales2.documentId });
    ids.warehouse = await create(UID.department, { name: 'Склад', head: fx.employees.director.documentId });
    ids.storekeeper = await create(UID.employee, { fullName: 'Комірник Відпускний', department: ids.warehouse });
    await create(UID.scheduleEntry, { employee: ids.storekeeper, kind: 'vacation', start: new Date(Date.now() - 86_400_000).toISOString(), end: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    await create('api::routing-rule.routing-rule', { name: 'Склад', priority: 20, conditions: { keywords: 'відвантаження' }, targetDepartment: ids.warehouse });
  });

  test('a keyword rule sends an unknown caller to its department’s duty person: the one with the fewest open requests', async () => {
    app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
    const res = await web({ name: 'Новий Клієнт', phone: '093 000 11 22', subject: 'Потрібен ремонт', message: 'Зламалась ручка' });
    const request = await stored(res.body.data.reference);
    expect(request.counterparty).toBeNull();
    // the other manager of that department has the fixtures' open request; the new serviceman none
    expect(request.assignee.documentId).toBe(ids.serviceman);
    expect(request.targetDepartment.documentId).toBe(fx.departments.sales2.documentId);
    expect(request.routingRule.name).toBe('Сервіс');
    // (plus "надійшло поза робочим часом …" when the test runs at night)
    expect(request.routingReason).toMatch(/^правило «Сервіс» → черговий підрозділу «Відділ продажів 2» \(відкритих звернень: 0\)/);
    expect(request.interaction).toMatchObject({ counterparty: null });
    expect(request.interaction.employee.documentId).toBe(ids.serviceman);
  });

  test('nobody of the department at work: its head gets it and the request is flagged', async () => {
    app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
    const res = await web({ name: 'Водій', phone: '093 000 33 44', subject: 'Відвантаження', message: 'Коли відвантаження?' });
    const request = await stored(res.body.data.reference);
    expect(request.assignee.documentId).toBe(fx.employees.director.documentId);
    expect(request).toMatchObject({ flagged: true, state: 'assigned' });
    expect(request.routingReason).toContain('на роботі нікого з підрозділу «Склад»');
    expect(request.routingReason).toContain('керівник Працівник director');
  });

  test('no rule, no client, no default department: unassigned and flagged, still chronicled', async () => {
    app.strapi.service('api::inbound-request.web-form-rate-limit').reset();
    const res = await web({ name: 'Анонім', email: 'anon@example.com', subject: 'Питання' });
    const request = await stored(res.body.data.reference);
    expect(request).toMatchObject({ state: 'new', flagged: true, assignee: null });
    expect(request.routingReason).toContain('потрібне ручне призначення');
    expect(request.interaction).not.toBeNull();
  });
});

test('a request written already closed is history: stored as given, nobody notified', async () => {
  const before = (await notificationsOf(fx.employees.manager.documentId)).length;
  const res = await root.post(cm(UID.inboundRequest), {
    channel: 'phone', subject: 'Старе звернення', receivedAt: '2024-01-10T10:00:00.000Z', state: 'done',
    counterparty: { connect: [{ documentId: ids.client }] },
  });
  expect(res.status).toBe(201);
  const request = await stored(res.body.data.documentId);
  expect(request).toMatchObject({ state: 'done', assignee: null, interaction: null, dueAt: null });
  expect((await notificationsOf(fx.employees.manager.documentId)).length).toBe(before);
});

describe('mail', () => {
  test('without SMTP nothing is mailed; with the nodemailer provider configured each notification is mailed after the commit', async () => {
    const plugin: any = app.strapi.plugin('email');
    const original = plugin.provider;
    const sent: any[] = [];
    plugin.provider = { send: async (mail: any) => void sent.push(mail) };
    try {
      await app.strapi.documents(UID.inboundRequest as any).create({ data: { channel: 'phone', subject: 'Без пошти', counterparty: ids.client } as any });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sent).toEqual([]); // the email plugin runs its default provider: Vitrylo never calls it

      app.strapi.config.set('plugin::email.provider', 'nodemailer');
      await app.strapi.documents(UID.inboundRequest as any).create({ data: { channel: 'phone', subject: 'З поштою', counterparty: ids.client } as any });
      for (let i = 0; i < 50 && sent.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to: 'manager@staff.vitrylo.test', subject: 'Нове звернення: З поштою' });
      expect(sent[0].text).toContain('Чому вам: відповідальний менеджер');
    } finally {
      app.strapi.config.set('plugin::email.provider', 'sendmail');
      plugin.provider = original;
    }
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { AdminSession } from '../helpers/admin';
import { UID } from '../../src/access/uids';
import { makeEdrpou } from '../../src/domain/identifiers';

/**
 * "Хто дзвонить?" (GET /crm/caller) and the quick form "Нове звернення" (GET /crm/caller/form, POST
 * /crm/caller/requests), as each role: only what the asker may see, fields they may not read left out,
 * and a registered request goes through the intake (matched, routed, chronicled, announced).
 */
let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
const ids: Record<string, string> = {};
const EDRPOU = makeEdrpou('4161002');

const create = async (uid: string, data: Record<string, unknown>) => ((await app.strapi.documents(uid as any).create({ data } as any)) as any).documentId as string;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi, '-caller');
  as = await loginAll(app, fx);
  ids.client = await create(UID.counterparty, {
    name: 'ДП «Кластехніка»',
    kind: 'client',
    phone: '+380442223344',
    email: 'Office@Klastech.UA',
    edrpou: EDRPOU,
    manager: fx.employees.manager.documentId,
    department: fx.departments.sales1.documentId,
  });
  ids.contact = await create(UID.contactPerson, { fullName: 'Ткаченко Марія', position: 'Закупівельниця', phone: '+380978359059', isPrimary: true, counterparty: ids.client });
  ids.call = await create(UID.interaction, {
    kind: 'call-out',
    direction: 'outbound',
    occurredAt: '2026-01-15T10:00:00.000Z',
    subject: 'Пропозиція на профіль',
    counterparty: ids.client,
    employee: fx.employees.manager.documentId,
  });
  ids.request = await create(UID.inboundRequest, { channel: 'phone', subject: 'Де моє замовлення?', counterparty: ids.client, state: 'in-progress', receivedAt: '2026-01-16T09:00:00.000Z' });
  const now = Date.now();
  ids.trip = await create(UID.scheduleEntry, {
    kind: 'business-trip',
    employee: fx.employees.manager.documentId,
    start: new Date(now - 3600_000).toISOString(),
    end: new Date(now + 48 * 3600_000).toISOString(),
    city: 'Львів',
    organization: 'Завод «Профіль»',
    purpose: 'Переговори',
  });
  // a business centre's switchboard: two clients share it
  ids.tenantA = await create(UID.counterparty, { name: 'ТОВ «Орендар А»', kind: 'client', phone: '+380445550000', manager: fx.employees.otherManager.documentId, department: fx.departments.sales2.documentId });
  ids.tenantB = await create(UID.counterparty, { name: 'ТОВ «Орендар Б»', kind: 'prospect', phone: '+380445550000', manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId });
});
afterAll(async () => {
  await app?.stop();
});

async function lookup(person: Person, query: string) {
  const res = await as[person].get(`/crm/caller?${query}`);
  expect(res.status).toBe(200);
  return res.body.data;
}

const PHONE = `phone=${encodeURIComponent('097 835 90 59')}`;

describe('GET /crm/caller', () => {
  test('the Secretary types a phone with spaces and gets the card: client, contact, manager and where he is, open requests; no chronicle, no money', async () => {
    const data = await lookup('secretary', PHONE);
    expect(data.query.phone).toBe('+380978359059');
    expect(data.canRegister).toBe(true);
    expect(data.cards).toHaveLength(1);
    const [card] = data.cards;
    expect(card.counterparty).toEqual({ documentId: ids.client, name: 'ДП «Кластехніка»', kind: 'client', edrpou: EDRPOU, rnokpp: null, phone: '+380442223344', email: 'Office@Klastech.UA', state: 'active' });
    expect(card.contactPerson).toMatchObject({ documentId: ids.contact, fullName: 'Ткаченко Марія', position: 'Закупівельниця', phone: '+380978359059' });
    expect(card.manager).toMatchObject({ documentId: fx.employees.manager.documentId, fullName: 'Працівник manager-caller' });
    expect(card.manager.whereabouts).toMatchObject({ kind: 'business-trip', atWork: false, label: expect.stringContaining('Львів') });
    expect(card.openRequests.map((r: any) => r.documentId)).toEqual([ids.request]);
    expect(card.openRequests[0]).toMatchObject({ subject: 'Де моє замовлення?', state: 'in-progress' });
    // the Secretary may not read the chronicle: the list is absent, not empty
    expect(card.lastContacts).toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/amount|total|price|budget|cost/i);
  });

  test('the responsible manager sees the last contacts; a manager of another department sees no card at all', async () => {
    const [card] = (await lookup('manager', PHONE)).cards;
    // newest first: the open request's own inbound entry (written by the intake), then the call
    expect(card.lastContacts.map((c: any) => c.subject)).toEqual(['Звернення: Де моє замовлення?', 'Пропозиція на профіль']);
    expect(card.lastContacts[1]).toMatchObject({ documentId: ids.call, kind: 'call-out', direction: 'outbound', employee: 'Працівник manager-caller' });
    expect((await lookup('otherManager', PHONE)).cards).toEqual([]);
  });

  test('the Marketer sees the chronicle but not where people are; the Accountant finds the client by its own phone only', async () => {
    const [card] = (await lookup('marketer', PHONE)).cards;
    expect(card.lastContacts).toHaveLength(2);
    expect(card.manager.whereabouts).toBeNull();
    expect((await lookup('marketer', PHONE)).canRegister).toBe(false);
    // the Accountant reads no contact persons: a contact's number names nobody for her
    expect((await lookup('accountant', PHONE)).cards).toEqual([]);
    const own = (await lookup('accountant', 'phone=0442223344')).cards;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ contactPerson: null, lastContacts: null, openRequests: null });
    expect(own[0].manager.whereabouts).toBeNull();
  });

  test('finds by ЄДРПОУ and by e-mail in any case', async () => {
    expect((await lookup('secretary', `taxpayerCode=${EDRPOU}`)).cards.map((c: any) => c.counterparty.documentId)).toEqual([ids.client]);
    expect((await lookup('secretary', 'email=office@KLASTECH.ua')).cards.map((c: any) => c.counterparty.documentId)).toEqual([ids.client]);
  });

  test('a shared number lists every client that has it; an unknown one lists none', async () => {
    const shared = await lookup('secretary', 'phone=044 555 00 00');
    expect(shared.cards.map((c: any) => c.counterparty.name).sort()).toEqual(['ТОВ «Орендар А»', 'ТОВ «Орендар Б»']);
    expect((await lookup('manager', 'phone=044 555 00 00')).cards.map((c: any) => c.counterparty.name)).toEqual(['ТОВ «Орендар Б»']);
    expect((await lookup('secretary', 'phone=063 000 00 01')).cards).toEqual([]);
  });

  test('bad input is a 400 naming the field', async () => {
    for (const [query, field] of [
      ['phone=12ab', 'phone'],
      ['email=not-an-email', 'email'],
      [`taxpayerCode=${EDRPOU.slice(0, 7)}${(Number(EDRPOU[7]) + 1) % 10}`, 'taxpayerCode'],
      ['', 'phone'],
      ['q=1', 'query.q'],
    ]) {
      const res = await as.secretary.get(`/crm/caller?${query}`);
      expect(`${query}: ${res.status}`).toBe(`${query}: 400`);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(field);
    }
  });
});

describe('the quick form', () => {
  // the manager is back from his trip: requests of his client go to him again
  beforeAll(() => app.strapi.documents(UID.scheduleEntry as any).delete({ documentId: ids.trip } as any));

  test('offers the lead sources to whoever may register requests, and nothing to others', async () => {
    await create(UID.leadSource, { name: 'Виставка «Будівельний світ»', channel: 'exhibition' });
    const form = await as.secretary.get('/crm/caller/form');
    expect(form.status).toBe(200);
    expect(form.body.data.leadSources.map((s: any) => s.name)).toContain('Виставка «Будівельний світ»');
    expect(form.body.data.urgencies).toEqual(['low', 'normal', 'high', 'critical']);
    expect((await as.accountant.get('/crm/caller/form')).status).toBe(403);
    expect((await as.marketer.post('/crm/caller/requests', { subject: 'x', callerName: 'y' })).status).toBe(403);
  });

  test('a known caller\'s request is matched, routed to the client\'s manager, chronicled and announced; the answer says why', async () => {
    const source = await create(UID.leadSource, { name: 'Рекомендація', channel: 'referral' });
    const res = await as.secretary.post('/crm/caller/requests', {
      callerName: 'Марія',
      callerPhone: '097 835 90 59',
      subject: 'Потрібен рахунок на профіль',
      message: 'Передзвоніть після обіду',
      urgency: 'high',
      leadSource: source,
    });
    expect(res.status).toBe(201);
    const answer = res.body.data;
    expect(answer).toMatchObject({
      visible: true,
      state: 'assigned',
      flagged: false,
      assignee: { documentId: fx.employees.manager.documentId },
      counterparty: { documentId: ids.client, name: 'ДП «Кластехніка»' },
      contactPerson: { documentId: ids.contact },
      routingReason: expect.stringContaining('менеджер'),
    });
    const stored: any = await app.strapi.db.query(UID.inboundRequest as any).findOne({
      where: { documentId: answer.documentId },
      populate: { registeredBy: true, leadSource: true, interaction: true },
    });
    expect(stored).toMatchObject({ channel: 'phone', callerPhone: '+380978359059', urgency: 'high' });
    expect(stored.registeredBy.documentId).toBe(fx.employees.secretary.documentId);
    expect(stored.leadSource.documentId).toBe(source);
    expect(stored.interaction).not.toBeNull();
    expect(Math.abs(new Date(stored.receivedAt).getTime() - Date.now())).toBeLessThan(60_000);
    const notes = await app.strapi.db.query(UID.notification as any).findMany({ where: { recipient: { documentId: fx.employees.manager.documentId } } });
    expect(notes.some((n: any) => String(n.title ?? '').includes('Потрібен рахунок') || String(n.body ?? '').includes('Потрібен рахунок'))).toBe(true);
  });

  test('an unknown caller\'s request stays unmatched with the organisation and is still routed or flagged', async () => {
    const res = await as.secretary.post('/crm/caller/requests', { callerName: 'Олег', callerPhone: '063 000 00 01', organizationName: 'ФОП Сидоренко', subject: 'Ціна вікон' });
    expect(res.status).toBe(201);
    expect(res.body.data.counterparty).toBeNull();
    expect(typeof res.body.data.routingReason).toBe('string');
    expect(res.body.data.routingReason.length).toBeGreaterThan(0);
  });

  test('bad input is a 400 naming the field, in Ukrainian', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ callerName: 'Олег', callerPhone: '12', subject: 'Тема' }, 'callerPhone', /Телефон заявника/],
      [{ callerName: 'Олег', callerEmail: 'ні', subject: 'Тема' }, 'callerEmail', /пошти/],
      [{ callerName: 'Олег' }, 'subject', /обов/],
      [{ subject: 'Тема' }, 'callerName', /вкажіть/],
      [{ callerName: 'Олег', subject: 'Тема', urgency: 'asap' }, 'urgency', /має бути одним із/],
      [{ callerName: 'Олег', subject: 'Тема', leadSource: 'nosuchsource' }, 'leadSource', /не можна/],
      [{ callerName: 'Олег', subject: 'Тема', assignee: fx.employees.manager.documentId }, 'body.assignee', /не приймається/],
    ];
    for (const [body, field, text] of cases) {
      const res = await as.secretary.post('/crm/caller/requests', body);
      expect(`${field}: ${res.status}`).toBe(`${field}: 400`);
      const error = res.body.error.details.errors.find((e: any) => e.path.join('.') === field);
      expect(error?.message).toMatch(text);
    }
  });

  test('a manager of another department may not link a client he cannot see', async () => {
    const res = await as.otherManager.post('/crm/caller/requests', { callerName: 'Марія', subject: 'Тема', counterparty: ids.client });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['counterparty']);
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * The counterparty card's server side: the chronicle timeline route (GET /crm/counterparties/:id/timeline,
 * src/chronicle/timeline.ts) as every role sees it, and the form rules of issue 9 (a new interaction's
 * moment and state, a contact person of the chosen client only, lines filled from their product).
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;

const create = async (uid: string, data: Record<string, unknown>) => (await app.strapi.documents(uid as any).create({ data } as any)) as any;
const timeline = (who: Person, documentId: string, query = '') => as[who].get(`/crm/counterparties/${documentId}/timeline${query ? `?${query}` : ''}`);

let stage: any;
let line: any;
/** 24 more interactions of the manager's client: one a day back from 2026-01-24, kinds and stages alternating. */
const OWN_EXTRA = 24;
/** what the client's chronicle holds in all: the extra ones and the fixtures' own (a call, the request's inbound contact) */
let ownTotal: number;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  stage = await create('api::interaction-stage.interaction-stage', { name: 'Переговори' });
  line = await create('api::business-line.business-line', { name: 'Сервіс' });
  for (let i = 0; i < OWN_EXTRA; i += 1) {
    await create(UID.interaction, {
      subject: `Контакт ${i + 1}`,
      result: i % 2 === 0 ? 'Домовились' : null,
      kind: i % 3 === 0 ? 'meeting' : 'call-out',
      occurredAt: new Date(Date.UTC(2026, 0, 24 - i, 9, 30)).toISOString(),
      state: 'done',
      counterparty: fx.records.own.counterparty.documentId,
      contactPerson: fx.records.own.contactPerson.documentId,
      employee: i % 4 === 0 ? fx.employees.colleague.documentId : fx.employees.manager.documentId,
      stage: i % 2 === 0 ? stage.documentId : null,
      businessLine: i % 5 === 0 ? line.documentId : null,
    });
  }
  ownTotal = await app.strapi.db.query(UID.interaction as any).count({ where: { counterparty: { id: fx.records.own.counterparty.id } } });
  expect(ownTotal).toBeGreaterThan(OWN_EXTRA);
});
afterAll(async () => {
  await app?.stop();
});

describe('the timeline route: only what the caller may see', () => {
  test('the manager reads his client’s chronicle, newest first, with who, subject, result and contact', async () => {
    const res = await timeline('manager', fx.records.own.counterparty.documentId, 'pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 5, total: ownTotal, overCap: false, pageCount: Math.ceil(ownTotal / 5) });
    const [first, second] = res.body.data;
    expect(first).toMatchObject({
      subject: 'Контакт 1',
      result: 'Домовились',
      kind: 'meeting',
      state: 'done',
      occurredAt: '2026-01-24T09:30:00.000Z',
      employee: { fullName: expect.stringContaining('colleague') },
      contactPerson: { documentId: fx.records.own.contactPerson.documentId, fullName: expect.stringContaining('контакт') },
      stage: { name: 'Переговори' },
      businessLine: { name: 'Сервіс' },
    });
    expect(second.occurredAt < first.occurredAt).toBe(true);
  });

  test.each<[Person, 'own' | 'department' | 'other', number]>([
    ['director', 'own', 200],
    ['marketer', 'other', 200],
    ['colleague', 'own', 200],
    ['manager', 'department', 200],
    ['manager', 'other', 404],
    ['otherManager', 'own', 404],
    ['secretary', 'own', 403],
    ['accountant', 'own', 403],
  ])('%s on the %s client’s timeline: %i', async (who, scope, status) => {
    const res = await timeline(who, fx.records[scope].counterparty.documentId, 'pageSize=50');
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body.data.map((item: any) => item.documentId)).toContain(fx.records[scope].interaction.documentId);
    else expect(JSON.stringify(res.body)).not.toContain(fx.records[scope].interaction.documentId);
  });

  test("an entry naming a contact person the caller may not see shows the entry without the person", async () => {
    // an old entry whose contact has since moved to another department's client (the form refuses such a link today)
    const entry = await create(UID.interaction, { subject: 'Старий контакт', kind: 'call-out', occurredAt: '2020-01-01T09:00:00.000Z', state: 'done', counterparty: fx.records.department.counterparty.documentId });
    const hiddenContact = fx.records.other.contactPerson;
    await app.strapi.db.connection('interactions_contact_person_lnk').insert({ interaction_id: entry.id, contact_person_id: hiddenContact.id });
    const seen = async (who: Person) => (await timeline(who, fx.records.department.counterparty.documentId, 'pageSize=50')).body.data.find((item: any) => item.documentId === entry.documentId);
    expect((await seen('manager')).contactPerson).toBeNull();
    expect(JSON.stringify(await seen('manager'))).not.toContain(hiddenContact.documentId);
    expect((await seen('director')).contactPerson).toMatchObject({ documentId: hiddenContact.documentId });
  });

  test('a client nobody has is 404, the same as a hidden one', async () => {
    expect((await timeline('manager', 'nosuchdocumentid0000000')).status).toBe(404);
    expect((await timeline('manager', 'bad$id')).status).toBe(404);
  });

  test('paging: pages do not overlap and the last one is short', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => timeline('manager', fx.records.own.counterparty.documentId, `page=${page}&pageSize=10`)));
    const ids = pages.flatMap((page) => page.body.data.map((item: any) => item.documentId));
    expect(pages.map((page) => page.body.data.length)).toEqual([10, 10, ownTotal - 20]);
    expect(new Set(ids).size).toBe(ownTotal);
    expect(pages[2].body.meta.pagination.total).toBe(ownTotal);
  });

  test('filters: kind, stage, business line, employee and period', async () => {
    const id = fx.records.own.counterparty.documentId;
    const subjects = async (query: string) => (await timeline('manager', id, `pageSize=50&${query}`)).body.data.map((item: any) => item.subject);
    expect(await subjects('kind=meeting')).toEqual(['Контакт 1', 'Контакт 4', 'Контакт 7', 'Контакт 10', 'Контакт 13', 'Контакт 16', 'Контакт 19', 'Контакт 22']);
    expect((await subjects(`stage=${stage.documentId}`)).length).toBe(12);
    expect(await subjects(`businessLine=${line.documentId}`)).toEqual(['Контакт 1', 'Контакт 6', 'Контакт 11', 'Контакт 16', 'Контакт 21']);
    expect(await subjects(`employee=${fx.employees.colleague.documentId}`)).toEqual(['Контакт 1', 'Контакт 5', 'Контакт 9', 'Контакт 13', 'Контакт 17', 'Контакт 21']);
    // local dates in Kyiv, both ends inclusive
    expect(await subjects('from=2026-01-20&to=2026-01-22')).toEqual(['Контакт 3', 'Контакт 4', 'Контакт 5']);
    expect(await subjects('kind=meeting&from=2026-01-20')).toEqual(['Контакт 1', 'Контакт 4']);
  });

  test('a bad parameter is a 400 naming it', async () => {
    const id = fx.records.own.counterparty.documentId;
    const field = async (query: string) => {
      const res = await timeline('manager', id, query);
      expect(res.status).toBe(400);
      return res.body.error.details.errors.map((error: any) => error.path.join('.'));
    };
    expect(await field('kind=fax')).toEqual(['kind']);
    expect(await field('from=31.12.2025')).toEqual(['from']);
    expect(await field('pageSize=500')).toEqual(['pageSize']);
    // unknown keys are refused by the route kit, which names them under `query`
    expect(await field('populate=*')).toEqual(['query.populate']);
  });
});

describe('form rules', () => {
  test('a new interaction without a moment happened now and is done; one dated in the future is planned', async () => {
    const before = Date.now();
    const now = await create(UID.interaction, { subject: 'Дзвінок', kind: 'call-in', counterparty: fx.records.own.counterparty.documentId });
    expect(new Date(now.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(now.state).toBe('done');
    const future = new Date(Date.now() + 3 * 86400000).toISOString();
    const planned = await create(UID.interaction, { subject: 'Зустріч', kind: 'meeting', occurredAt: future, counterparty: fx.records.own.counterparty.documentId });
    expect(planned.state).toBe('planned');
    const kept = await create(UID.interaction, { subject: 'Скасована', kind: 'meeting', occurredAt: future, state: 'cancelled' });
    expect(kept.state).toBe('cancelled');
  });

  test('through the panel too: the manager saves a contact without a date', async () => {
    const res = await as.manager.post(cm(UID.interaction), { subject: 'З панелі', kind: 'call-out', counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] } });
    expect(res.status).toBe(201);
    const stored: any = await app.strapi.db.query(UID.interaction as any).findOne({ where: { documentId: res.body.data.documentId } });
    expect(stored).toMatchObject({ state: 'done', occurredAt: expect.anything() });
  });

  test('a contact person of another client is refused on contactPerson, in Ukrainian', async () => {
    const second = await create(UID.counterparty, { name: 'Другий клієнт менеджера', kind: 'client', manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId });
    const stranger = await create(UID.contactPerson, { fullName: 'Чужий Контакт', counterparty: second.documentId });
    const res = await as.manager.post(cm(UID.interaction), {
      subject: 'Не той контакт',
      kind: 'call-out',
      occurredAt: '2026-01-10T10:00:00.000Z',
      counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] },
      contactPerson: { connect: [{ documentId: stranger.documentId }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['contactPerson'], message: expect.stringContaining('контактна особа має належати обраному контрагенту') })]);

    // the right contact is accepted; moving the interaction to the other client keeps the old contact: refused
    const ok = await as.manager.post(cm(UID.interaction), {
      subject: 'Той контакт',
      kind: 'call-out',
      occurredAt: '2026-01-10T10:00:00.000Z',
      counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] },
      contactPerson: { connect: [{ documentId: fx.records.own.contactPerson.documentId }] },
    });
    expect(ok.status).toBe(201);
    const moved = await as.manager.put(cm(UID.interaction, ok.body.data.documentId), { counterparty: { connect: [{ documentId: second.documentId }] } });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.errors[0].path).toEqual(['contactPerson']);
    // the same for a request registered by the Secretary
    const request = await as.secretary.post(cm(UID.inboundRequest), {
      subject: 'Дзвінок',
      channel: 'phone',
      counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] },
      contactPerson: { connect: [{ documentId: stranger.documentId }] },
    });
    expect(request.status).toBe(400);
    expect(request.body.error.details.errors[0].path).toEqual(['contactPerson']);
  });

  test('an inbound request registered without a time was received now', async () => {
    const before = Date.now();
    const res = await as.secretary.post(cm(UID.inboundRequest), { subject: 'Запит', channel: 'phone', callerName: 'Петро' });
    expect(res.status).toBe(201);
    expect(new Date(res.body.data.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test('a line naming a product takes its price, unit, VAT rate and name where they are empty', async () => {
    const product = await create(UID.product, { code: 'P-CARD-1', name: 'Ноутбук Lenovo ThinkPad', kind: 'goods', unit: 'шт', price: 41250.5, vatRate: 20 });
    const invoice = await create(UID.invoice, {
      number: 'CARD-1',
      date: '2026-01-12',
      counterparty: fx.records.own.counterparty.documentId,
      lines: [
        { product: product.documentId, quantity: 2 },
        { product: { connect: [{ documentId: product.documentId }] }, quantity: 1, price: 40000, description: 'Зі знижкою', unit: 'комплект' },
      ],
    });
    const stored: any = await app.strapi.documents(UID.invoice as any).findOne({ documentId: invoice.documentId, populate: { lines: { populate: ['product'] } } } as any);
    expect(stored.lines.map((l: any) => [l.description, l.unit, Number(l.price), l.vatRate, Number(l.total)])).toEqual([
      ['Ноутбук Lenovo ThinkPad', 'шт', 41250.5, 20, 99001.2],
      ['Зі знижкою', 'комплект', 40000, 20, 48000],
    ]);
    expect(Number(stored.total)).toBe(147001.2);
  });
});

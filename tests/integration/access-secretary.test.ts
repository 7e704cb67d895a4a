import { startStrapi, TestApp } from '../helpers/strapi';
import { AdminSession, cm, createSuperAdminSession } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import { MONEY_ATTRIBUTES } from '../../src/access/money-fields';
import { UID } from '../../src/access/uids';

/** The secretary registers requests and sees where people are, but never an amount of money. */

const MONEY_KEYS = new Set(Object.values(MONEY_ATTRIBUTES).flat());

let app: TestApp;
let fx: AccessFixtures;
let sessions: Record<Person, AdminSession>;
let root: AdminSession;
let secretary: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  sessions = await loginAll(app, fx);
  secretary = sessions.secretary;
  root = await createSuperAdminSession(app);
  const product: any = await app.strapi.documents(UID.product as any).create({ data: { name: 'Склопакет двокамерний', code: 'SP-2', price: 1500.75 } } as any);
  await app.strapi.documents(UID.marketingEvent as any).create({
    data: { name: 'Виставка ВікнаЕкспо', kind: 'exhibition', budget: 50000, costs: [{ item: 'Стенд', amount: 12000 }], promotedProducts: [product.documentId] },
  } as any);
});
afterAll(async () => {
  await app?.stop();
});

/** Money keys anywhere inside records of a content-manager response (not its pagination). */
function moneyKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => moneyKeysIn(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => [
    ...(MONEY_KEYS.has(key) ? [`${path}.${key}`] : []),
    ...moneyKeysIn(inner, `${path}.${key}`),
  ]);
}
const recordsOf = (body: any) => ({ results: body?.results, data: body?.data });

const apiTypes = () => Object.keys(app.strapi.contentTypes).filter((uid) => uid.startsWith('api::'));

describe('secretary and money', () => {
  test('no money field in any list, record or relation picker the content manager gives her', async () => {
    const found: string[] = [];
    let readable = 0;
    for (const uid of apiTypes()) {
      const list = await secretary.get(`${cm(uid)}?page=1&pageSize=100`);
      if (list.status === 403) continue;
      expect([uid, list.status]).toEqual([uid, 200]);
      readable += 1;
      found.push(...moneyKeysIn(recordsOf(list.body), uid));
      for (const row of list.body.results.slice(0, 5)) {
        const one = await secretary.get(cm(uid, row.documentId));
        expect([uid, one.status]).toEqual([uid, 200]);
        found.push(...moneyKeysIn(recordsOf(one.body), `${uid}/${row.documentId}`));
      }
      const attributes: Record<string, any> = (app.strapi.contentTypes as any)[uid].attributes;
      for (const [field, attribute] of Object.entries(attributes)) {
        if (attribute.type !== 'relation' || !String(attribute.target).startsWith('api::')) continue;
        const picker = await secretary.get(`/content-manager/relations/${uid}/${field}?pageSize=100`);
        if (picker.status === 200) found.push(...moneyKeysIn(recordsOf(picker.body), `${uid}.${field} picker`));
      }
    }
    expect(readable).toBeGreaterThan(10);
    expect(found).toEqual([]);
    // the scan does find money where it is allowed
    expect(moneyKeysIn(recordsOf((await root.get(`${cm(UID.invoice)}?pageSize=5`)).body)).length).toBeGreaterThan(0);
  });

  test('no access at all to invoices, contracts, payments and bank statements', async () => {
    for (const uid of [UID.invoice, UID.contract, UID.payment, UID.bankStatement]) {
      expect([uid, (await secretary.get(cm(uid))).status]).toEqual([uid, 403]);
    }
    expect((await secretary.get(cm(UID.invoice, fx.records.own.invoice.documentId))).status).toBe(403);
    expect((await secretary.get(cm(UID.contract, fx.records.own.contract.documentId))).status).toBe(403);
    expect((await secretary.get(cm(UID.payment, fx.records.own.payment.documentId))).status).toBe(403);
  });

  test('a filter through a readable relation into invoice totals is refused, naming the path; the director\'s is a real filter', async () => {
    const probe = await secretary.get(`${cm(UID.scheduleEntry)}?pageSize=100&filters[counterparty][invoices][total][$gt]=999999999`);
    expect(probe.status).toBe(400);
    expect(probe.body.error.message).toContain('filters[counterparty][invoices]');
    expect(moneyKeysIn(recordsOf(probe.body))).toEqual([]);
    const director = await sessions.director.get(`${cm(UID.scheduleEntry)}?pageSize=100&filters[counterparty][invoices][total][$gt]=999999999`);
    expect(director.status).toBe(200);
    expect(director.body.pagination.total).toBe(0);
  });

  test('a filter on a field she cannot read is refused, on a list and on a record she opens', async () => {
    const one = await secretary.get(`${cm(UID.inboundRequest, fx.records.own.inboundRequest.documentId)}?filters[counterparty][invoices][total][$gt]=0`);
    expect(one.status).toBe(400);
    expect(moneyKeysIn(recordsOf(one.body))).toEqual([]);
    const products = await secretary.get(`${cm(UID.product)}?filters[price][$gt]=1000`);
    expect(products.status).toBe(400);
    expect(products.body.error.message).toContain('filters[price]');
  });

  test('sorting by a hidden amount is refused', async () => {
    const res = await secretary.get(`${cm(UID.scheduleEntry)}?sort=counterparty.invoices.total:desc`);
    expect(res.status).toBe(400);
    expect(moneyKeysIn(recordsOf(res.body))).toEqual([]);
  });

  test('a number search does not look into prices she cannot read', async () => {
    const mine = await secretary.get(`${cm(UID.product)}?_q=1500`);
    expect(mine.status).toBe(200);
    expect(mine.body.results).toEqual([]);
    const byName = await secretary.get(`${cm(UID.product)}?_q=${encodeURIComponent('Склопакет')}`);
    expect(byName.body.results.map((r: any) => r.name)).toEqual(['Склопакет двокамерний']);
    expect(byName.body.results[0].price).toBeUndefined();
    const director = await root.get(`${cm(UID.product)}?_q=1500`);
    expect(director.body.results).toHaveLength(1);
  });

  test('she registers a request and a contact person, but cannot change counterparties or delete requests', async () => {
    const created = await secretary.post(cm(UID.inboundRequest), {
      subject: 'Дзвінок щодо монтажу',
      receivedAt: '2025-05-01T09:00:00.000Z',
      channel: 'phone',
      callerName: 'Олена',
      counterparty: { connect: [{ documentId: fx.records.other.counterparty.documentId }] },
    });
    expect(created.status).toBe(201);
    expect(moneyKeysIn(recordsOf(created.body))).toEqual([]);
    const contact = await secretary.post(cm(UID.contactPerson), { fullName: 'Петро Новий', counterparty: { connect: [{ documentId: fx.records.own.counterparty.documentId }] } });
    expect(contact.status).toBe(201);
    expect((await secretary.put(cm(UID.counterparty, fx.records.own.counterparty.documentId), { note: 'ні' })).status).toBe(403);
    expect((await secretary.del(cm(UID.inboundRequest, created.body.data.documentId))).status).toBe(403);
  });
});

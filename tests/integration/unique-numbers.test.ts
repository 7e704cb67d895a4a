import { suiteWithSuperAdmin } from '../helpers/suite';
import { AdminSession, cm, loginAdmin } from '../helpers/admin';
import { AccessFixtures, createAccessFixtures } from '../helpers/access-fixtures';
import { createApiToken } from '../helpers/api-token';
import { makeEdrpou, makeRnokpp } from '../../src/domain/identifiers';
import { UNIQUE_FIELDS, violatedUniqueField } from '../../src/domain/unique-codes';

const COUNTERPARTY = 'api::counterparty.counterparty';
const INVOICE = 'api::invoice.invoice';
const CONTRACT = 'api::contract.contract';
const COMPLAINT = 'api::complaint.complaint';
const PRODUCT = 'api::product.product';
const PAYMENT = 'api::payment.payment';

const suite = suiteWithSuperAdmin();
const strapi = () => suite.app.strapi;
const rows = (uid: string) => strapi().db.query(uid as any);

let counterparty: string;
beforeAll(async () => {
  counterparty = (await strapi().documents(COUNTERPARTY as any).create({ data: { name: 'Покупець', kind: 'client' } as any })).documentId;
});

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${(sequence += 1)}`;

/** The smallest valid data of each type with unique fields. */
const sample: Record<string, (values: Record<string, unknown>) => Record<string, unknown>> = {
  [COUNTERPARTY]: (v) => ({ name: unique('Контрагент'), kind: 'client', ...v }),
  [INVOICE]: (v) => ({ number: unique('Р'), date: '2025-03-01', counterparty, lines: [], ...v }),
  [CONTRACT]: (v) => ({ number: unique('Д'), date: '2025-02-01', counterparty, ...v }),
  [COMPLAINT]: (v) => ({ receivedAt: '2025-03-04T09:00:00.000Z', category: 'quality', description: 'Подряпина', ...v }),
  [PRODUCT]: (v) => ({ name: unique('Товар'), ...v }),
  [PAYMENT]: (v) => ({ date: '2025-03-05', amount: 100, direction: 'incoming', ...v }),
  'api::notification.notification': (v) => ({ title: unique('Нагадування'), kind: 'system', ...v }),
};

/** The same data for a row-level write (strapi.db.query): scalars only, no document relations or components. */
function rowData(uid: string, values: Record<string, unknown>): Record<string, unknown> {
  const { counterparty: _relation, lines: _component, ...scalars } = sample[uid](values);
  return scalars;
}

async function post(uid: string, values: Record<string, unknown>, session: AdminSession = suite.admin) {
  return session.post(cm(uid), sample[uid](values));
}

async function refused(uid: string, values: Record<string, unknown>, message: RegExp, session?: AdminSession) {
  const before = await rows(uid).count();
  const res = await post(uid, values, session);
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.message).toMatch(message);
  expect(await rows(uid).count()).toBe(before);
  return res;
}

describe('a duplicate is refused with 400 naming the field', () => {
  test('invoice number: once per year of the invoice date, again in another year', async () => {
    expect((await post(INVOICE, { number: 'Р-1', date: '2025-03-01' })).status).toBe(201);
    const res = await refused(INVOICE, { number: ' Р-1 ', date: '2025-12-31' }, /^Номер: у 2025 році вже використовується іншим рахунком$/);
    expect(res.body.error.details.errors[0].path).toEqual(['number']);
    expect((await post(INVOICE, { number: 'Р-1', date: '2026-01-01' })).status).toBe(201);
  });

  test('invoice number: moving an invoice into a year where its number is taken is refused; saving it unchanged is not', async () => {
    expect((await post(INVOICE, { number: 'Р-2', date: '2025-05-01' })).status).toBe(201);
    const later = await post(INVOICE, { number: 'Р-2', date: '2027-05-01' });
    const id = later.body.data.documentId;
    const moved = await suite.admin.put(cm(INVOICE, id), { date: '2025-06-01' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.message).toBe('Номер: у 2025 році вже використовується іншим рахунком');
    expect((await suite.admin.put(cm(INVOICE, id), { number: 'Р-2', date: '2027-05-02', note: 'ok' })).status).toBe(200);
    expect((await suite.admin.put(cm(INVOICE, id), { date: '2026-05-01' })).status).toBe(200);
    expect(await rows(INVOICE).findOne({ where: { documentId: id }, select: ['numberKey'] })).toEqual(expect.objectContaining({ numberKey: '2026/Р-2' }));
  });

  test("the invoice's hidden number key is not in REST answers, and what a client sends for it is replaced", async () => {
    const res = await post(INVOICE, { number: 'Р-3', date: '2025-07-01', numberKey: '1999/підробка' });
    expect(res.status).toBe(201);
    const id = res.body.data.documentId;
    expect(await rows(INVOICE).findOne({ where: { documentId: id }, select: ['numberKey'] })).toEqual(expect.objectContaining({ numberKey: '2025/Р-3' }));
    await suite.admin.put(cm(INVOICE, id), { numberKey: '1999/підробка' });
    expect(await rows(INVOICE).findOne({ where: { documentId: id }, select: ['numberKey'] })).toEqual(expect.objectContaining({ numberKey: '2025/Р-3' }));
    const token = await createApiToken(suite.app, 'full-access');
    const rest = await token.get(`/api/invoices/${id}`);
    expect(rest.status).toBe(200);
    expect(rest.body.data).not.toHaveProperty('numberKey');
  });

  test('contract number (unique overall, not per year)', async () => {
    expect((await post(CONTRACT, { number: 'Д-1', date: '2025-02-01' })).status).toBe(201);
    await refused(CONTRACT, { number: 'Д-1', date: '2026-02-01' }, /^Номер: уже використовується іншим договором$/);
  });

  test('complaint number', async () => {
    expect((await post(COMPLAINT, { number: 'РК-1' })).status).toBe(201);
    await refused(COMPLAINT, { number: 'РК-1' }, /^Номер: уже використовується іншою скаргою$/);
  });

  test('product code', async () => {
    expect((await post(PRODUCT, { code: 'WIN-100' })).status).toBe(201);
    await refused(PRODUCT, { code: 'WIN-100' }, /^Артикул: уже використовується іншим товаром$/);
  });

  test('payment dedupe key', async () => {
    expect((await post(PAYMENT, { dedupeKey: 'bank:42' })).status).toBe(201);
    await refused(PAYMENT, { dedupeKey: 'bank:42' }, /^Ключ унікальності: уже використовується іншим платежем$/);
  });

  test('ЄДРПОУ and РНОКПП', async () => {
    const edrpou = makeEdrpou('3300077');
    const rnokpp = makeRnokpp('318471077');
    expect((await post(COUNTERPARTY, { name: 'Власник кодів', edrpou, rnokpp })).status).toBe(201);
    await refused(COUNTERPARTY, { edrpou }, /^ЄДРПОУ: уже належить контрагенту «Власник кодів»$/);
    await refused(COUNTERPARTY, { rnokpp }, /^РНОКПП \(ІПН\): уже належить контрагенту «Власник кодів»$/);
  });
});

describe('blank codes', () => {
  test.each([
    [COUNTERPARTY, 'edrpou'],
    [COUNTERPARTY, 'rnokpp'],
    [COMPLAINT, 'number'],
    [PRODUCT, 'code'],
    [PAYMENT, 'dedupeKey'],
  ])('%s.%s may be left empty many times and is stored as NULL', async (uid, field) => {
    const ids: string[] = [];
    for (const blank of ['', '   ', null, undefined]) {
      const res = await post(uid, blank === undefined ? {} : { [field]: blank });
      expect([blank, res.status]).toEqual([blank, 201]);
      ids.push(res.body.data.documentId);
    }
    const stored = await rows(uid).findMany({ where: { documentId: { $in: ids } }, select: [field] });
    expect(stored.map((row: any) => row[field])).toEqual([null, null, null, null]);
  });
});

describe('the database itself refuses duplicates', () => {
  test.each(UNIQUE_FIELDS.map((f) => [`${f.uid}.${f.field}`, f] as const))('%s, written row-level around the document middlewares', async (_name, field) => {
    const attribute = field.perYear?.keyField ?? field.field;
    const value = field.field === 'edrpou' ? makeEdrpou('3300111') : field.field === 'rnokpp' ? makeRnokpp('318471111') : unique('X');
    const first = await strapi().documents(field.uid as any).create({ data: sample[field.uid]({ [field.field]: value }) as any });
    const stored: any = await rows(field.uid).findOne({ where: { id: first.id }, select: [attribute] });
    const error = await rows(field.uid)
      .create({ data: { ...rowData(field.uid, {}), [attribute]: stored[attribute] } })
      .then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(violatedUniqueField(error, UNIQUE_FIELDS)).toBe(field);
  });

  test('two concurrent saves of one code: exactly one wins, the other is a ValidationError on the field', async () => {
    const edrpou = makeEdrpou('3300222');
    const create = () => strapi().documents(COUNTERPARTY as any).create({ data: sample[COUNTERPARTY]({ edrpou }) as any });
    const results = await Promise.allSettled([create(), create()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser: any = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    expect(loser.name).toBe('ValidationError');
    expect(loser.details.errors[0].path).toEqual(['edrpou']);
    expect(await rows(COUNTERPARTY).count({ where: { edrpou } })).toBe(1);
  });

  test('two concurrent panel saves of one invoice number: one 201, one 400', async () => {
    const number = unique('Р-паралельний');
    const responses = await Promise.all([post(INVOICE, { number, date: '2025-04-01' }), post(INVOICE, { number, date: '2025-09-01' })]);
    expect(responses.map((res) => res.status).sort()).toEqual([201, 400]);
    expect(responses.find((res) => res.status === 400).body.error.message).toMatch(/^Номер: у 2025 році вже використовується іншим рахунком$/);
    expect(await rows(INVOICE).count({ where: { number } })).toBe(1);
  });

  /**
   * The race made certain: a row-level write slips the same value in right after the check passed (inside
   * the save's own transaction, so it is rolled back with it). The database refuses, the answer is a 400.
   */
  test.each([
    [COUNTERPARTY, 'edrpou', () => makeEdrpou('3300333'), 'ЄДРПОУ: уже використовується іншим контрагентом'],
    [INVOICE, 'number', () => 'Р-гонка', 'Номер: у 2025 році вже використовується іншим рахунком'],
    [PAYMENT, 'dedupeKey', () => 'bank:race', 'Ключ унікальності: уже використовується іншим платежем'],
  ])('%s.%s: a duplicate the check could not see is answered 400, not 500', async (uid, field, valueOf, message) => {
    const value = valueOf();
    let slipped = false;
    const stopSlipping = strapi().db.lifecycles.subscribe({
      models: [uid],
      async beforeCreate(event: any) {
        if (slipped) return;
        slipped = true;
        const data = { ...rowData(uid, { [field]: value }), ...(uid === INVOICE ? { numberKey: event.params.data.numberKey } : {}) };
        await rows(uid).create({ data });
      },
    });
    try {
      const res = await post(uid, { [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toBe(message);
      expect(res.body.error.details.errors[0].path).toEqual([field]);
    } finally {
      stopSlipping();
    }
    expect(slipped).toBe(true);
    expect(await rows(uid).count({ where: { [field]: value } })).toBe(0);
  });
});

describe('a refusal names the other counterparty only to those who may see it', () => {
  let fx: AccessFixtures;
  let manager: AdminSession;
  const codes = { other: makeEdrpou('3300444'), department: makeEdrpou('3300555') };

  beforeAll(async () => {
    fx = await createAccessFixtures(strapi(), '-uq');
    for (const scope of ['other', 'department'] as const) {
      await strapi().documents(COUNTERPARTY as any).update({ documentId: fx.records[scope].counterparty.documentId, data: { edrpou: codes[scope] } as any });
    }
    manager = await loginAdmin(suite.app, fx.emails.manager);
  });

  test("a sales manager is not told the name of another department's counterparty", async () => {
    const res = await refused(COUNTERPARTY, { edrpou: codes.other }, /^ЄДРПОУ: уже використовується іншим контрагентом$/, manager);
    expect(JSON.stringify(res.body)).not.toContain(fx.records.other.tag);
  });

  test("the same manager is told the name of a department colleague's counterparty, which they may read", async () => {
    await refused(COUNTERPARTY, { edrpou: codes.department }, new RegExp(`^ЄДРПОУ: уже належить контрагенту «${fx.records.department.tag} контрагент»$`), manager);
  });

  test('the super admin is told the name', async () => {
    await refused(COUNTERPARTY, { edrpou: codes.other }, new RegExp(`^ЄДРПОУ: уже належить контрагенту «${fx.records.other.tag} контрагент»$`));
  });

  test('a sales manager moving their own counterparty onto a hidden code is not told the name either', async () => {
    const own = fx.records.own.counterparty.documentId;
    const res = await manager.put(cm(COUNTERPARTY, own), { edrpou: codes.other });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('ЄДРПОУ: уже використовується іншим контрагентом');
  });
});

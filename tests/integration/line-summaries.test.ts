import { startStrapi, TestApp } from '../helpers/strapi';
import { cm, createSuperAdminSession, AdminSession } from '../helpers/admin';
import { createAccessFixtures, loginAll, AccessFixtures, Person } from '../helpers/access-fixtures';
import { UID } from '../../src/access/uids';

/**
 * The content manager answers a contract's or invoice's lines with a `summary` each, the heading the edit
 * view shows on a collapsed line (src/content-manager-views/line-summaries.ts); the form sends it back on
 * save and it is dropped there: nothing stores it, and every other unknown key of a line is still refused.
 */
let app: TestApp;
let fixtures: AccessFixtures;
let root: AdminSession;
let staff: Record<Person, AdminSession>;

beforeAll(async () => {
  app = await startStrapi();
  fixtures = await createAccessFixtures(app.strapi, '-line-summaries');
  root = await createSuperAdminSession(app);
  staff = await loginAll(app, fixtures);
});
afterAll(async () => {
  await app?.stop();
});

test('an invoice and a contract are read with each line headed by product, quantity and amount', async () => {
  const invoice = await app.strapi.documents(UID.invoice as any).create({
    data: {
      number: 'ЛС-1',
      date: '2026-01-15',
      counterparty: fixtures.records.own.counterparty.documentId,
      lines: [
        { description: 'Папір А4', quantity: 10, unit: 'пач', price: 120, vatRate: 20 },
        { description: 'Тонер', quantity: 1500, unit: 'г', price: '2.50', discount: '50', vatRate: 20 },
      ],
    },
  } as any);
  const res = await staff.manager.get(cm(UID.invoice, invoice.documentId));
  expect(res.status).toBe(200);
  expect(res.body.data.lines.map((line: any) => line.summary)).toEqual([
    'Папір А4 — 10 пач × 120,00 = 1\u00a0200,00\u00a0грн',
    'Тонер — 1\u00a0500 г × 2,50 − 50,00 = 3\u00a0700,00\u00a0грн',
  ]);
  const contract = await root.get(cm(UID.contract, fixtures.records.own.contract.documentId));
  expect(contract.body.data.lines[0].summary).toBe('Вікно — 2 × 1\u00a0500,00 = 3\u00a0000,00\u00a0грн');
});

test('the form sends the headings back: they are dropped, the save goes through, nothing stores them', async () => {
  const id = fixtures.records.own.invoice.documentId;
  const read = await staff.manager.get(cm(UID.invoice, id));
  const lines = read.body.data.lines.map(({ id: _id, product: _p, net: _n, vat: _v, total: _t, ...line }: any) => ({ ...line, quantity: 3, summary: 'будь-що' }));
  const saved = await staff.manager.put(cm(UID.invoice, id), { lines });
  expect(saved.status).toBe(200);
  expect(saved.body.data.lines[0].summary).toBe('Вікно — 3 × 1\u00a0500,00 = 4\u00a0500,00\u00a0грн');
  const stored: any = await app.strapi.db.query(UID.invoice as any).findOne({ where: { documentId: id }, populate: { lines: true } });
  expect(Number(stored.lines[0].quantity)).toBe(3);
  expect(stored.lines[0]).not.toHaveProperty('summary');

  // the deny-by-default guard still refuses any other key in a line
  const probe = await staff.manager.put(cm(UID.invoice, id), { lines: [{ ...lines[0], heading: 'x' }] });
  expect(probe.status).toBe(400);
});

test('the REST API and the Document Service know no summary', async () => {
  const doc: any = await app.strapi.documents(UID.invoice as any).findOne({ documentId: fixtures.records.own.invoice.documentId, populate: ['lines'] } as any);
  expect(doc.lines[0]).not.toHaveProperty('summary');
});

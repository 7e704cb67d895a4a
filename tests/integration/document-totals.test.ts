import { suiteWithSuperAdmin } from '../helpers/suite';
import { cm } from '../helpers/admin';

const INVOICE = 'api::invoice.invoice';
const CONTRACT = 'api::contract.contract';

const suite = suiteWithSuperAdmin();
let counterparty: string;

beforeAll(async () => {
  counterparty = (await suite.admin.post(cm('api::counterparty.counterparty'), { name: 'ТОВ "Покупець"', kind: 'client' })).body.data.documentId;
});

const lines = [
  { description: 'Папір А4', quantity: 3, unit: 'пач', price: '145.50', discount: '0', vatRate: 20 },
  { description: 'Доставка', quantity: 1, price: '333.33', discount: '33.33', vatRate: 20 },
  { description: 'Книга', quantity: 2.5, price: '99.99', vatRate: 7 },
  { description: 'Експорт', quantity: 10, price: '0.10', vatRate: 0 },
];

test('invoice totals are computed from lines in kopecks, and forged totals are ignored', async () => {
  const res = await suite.admin.post(cm(INVOICE), {
    number: 'Р-100', date: '2026-02-10', counterparty, lines,
    totalNet: '1.00', totalVat: '0.00', total: '1.00',
  });
  expect(res.status).toBe(201);
  // 436.50 + 300.00 + 249.98 (2.5 × 99.99 = 249.975 → 249.98) + 1.00
  expect(Number(res.body.data.totalNet)).toBe(987.48);
  // 87.30 + 60.00 + 17.50 (249.98 × 7% = 17.4986) + 0
  expect(Number(res.body.data.totalVat)).toBe(164.8);
  expect(Number(res.body.data.total)).toBe(1152.28);
  const stored: any = await suite.app.strapi.documents(INVOICE as any).findOne({ documentId: res.body.data.documentId, populate: ['lines'] });
  expect(stored.lines.map((line: any) => [Number(line.net), Number(line.vat), Number(line.total)])).toEqual([
    [436.5, 87.3, 523.8], [300, 60, 360], [249.98, 17.5, 267.48], [1, 0, 1],
  ]);
});

test('an update cannot forge totals; changing lines recomputes them', async () => {
  const created = await suite.admin.post(cm(INVOICE), { number: 'Р-101', date: '2026-02-11', counterparty, lines: [lines[0]] });
  const id = created.body.data.documentId;
  const forged = await suite.admin.put(cm(INVOICE, id), { total: '999999.00', totalNet: '1.00' });
  expect(forged.status).toBe(200);
  expect(Number(forged.body.data.total)).toBe(523.8);
  expect(Number(forged.body.data.totalNet)).toBe(436.5);

  const changed = await suite.admin.put(cm(INVOICE, id), { lines: [{ ...lines[0], quantity: 4 }] });
  expect(Number(changed.body.data.totalNet)).toBe(582);
  expect(Number(changed.body.data.total)).toBe(698.4);
});

test('a bad line is refused with the line and field named, and nothing is saved', async () => {
  const before = await suite.app.strapi.db.query(INVOICE as any).count();
  const bad = await suite.admin.post(cm(INVOICE), {
    number: 'Р-102', date: '2026-02-12', counterparty,
    lines: [lines[0], { description: 'x', quantity: 'багато', price: '10' }, { description: 'y', quantity: 1, price: '10', vatRate: 13 }],
  });
  expect(bad.status).toBe(400);
  const errors: Array<{ path: string[]; message: string }> = bad.body.error.details.errors;
  expect(errors.map((e) => e.path.join('.'))).toEqual(['lines.1.quantity', 'lines.2.vatRate']);
  expect(errors[0].message).toBe('Товари та послуги › 2 › Кількість: має бути числом');
  expect(errors[1].message).toBe('Товари та послуги › 3 › Ставка ПДВ, %: має бути однією зі ставок: 0, 7, 14, 20');
  expect(await suite.app.strapi.db.query(INVOICE as any).count()).toBe(before);
});

test('a discount larger than the line amount is refused', async () => {
  const res = await suite.admin.post(cm(CONTRACT), {
    number: 'Д-1', date: '2026-01-05', counterparty,
    lines: [{ description: 'Послуга', quantity: 1, price: '100.00', discount: '150.00', vatRate: 20 }],
  });
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['lines.0.discount']);
  expect(res.body.error.message).toMatch(/ › 1 › Знижка \(сума\): не може перевищувати кількість × ціну$/);
});

test('contract totals follow its lines and a contract without lines totals zero', async () => {
  const empty = await suite.admin.post(cm(CONTRACT), { number: 'Д-2', date: '2026-01-06', counterparty });
  expect(empty.status).toBe(201);
  expect(Number(empty.body.data.total)).toBe(0);
  const res = await suite.admin.put(cm(CONTRACT, empty.body.data.documentId), { lines: [{ description: 'Абонемент', quantity: 12, price: '1500.00', vatRate: 20 }] });
  expect(Number(res.body.data.totalNet)).toBe(18000);
  expect(Number(res.body.data.totalVat)).toBe(3600);
  expect(Number(res.body.data.total)).toBe(21600);
});

test('the content-manager edit view shows totals as read-only', async () => {
  const res = await suite.admin.get(`/content-manager/content-types/${INVOICE}/configuration`);
  expect(res.status).toBe(200);
  const metadatas = res.body.data.contentType.metadatas;
  for (const field of ['totalNet', 'totalVat', 'total']) expect(metadatas[field].edit.editable).toBe(false);
  const line = res.body.data.components['crm.document-line'].metadatas;
  for (const field of ['net', 'vat', 'total']) expect(line[field].edit.editable).toBe(false);
});

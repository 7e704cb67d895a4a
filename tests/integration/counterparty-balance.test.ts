import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { UID } from '../../src/access/uids';
import { addDays, localDateOf } from '../../src/domain/time';

/**
 * The counterparty card's "Розрахунки": invoiced, paid, outstanding and overdue per currency, from what the
 * caller may see; no amounts for whoever may not see money; nothing at all about a client one may not see.
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let client: string;

const today = () => localDateOf(new Date(), 'Europe/Kyiv');
const line = (price: string) => [{ description: 'Послуга', quantity: 1, price, vatRate: 0 }];

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const documents = (uid: string) => app.strapi.documents(uid as any);
  const made: any = await documents(UID.counterparty).create({
    data: { name: 'Клієнт із розрахунками', kind: 'client', manager: fx.employees.manager.documentId, department: fx.departments.sales1.documentId } as any,
  });
  client = made.documentId;
  const invoice = (number: string, price: string, data: Record<string, unknown>) =>
    documents(UID.invoice).create({ data: { number, date: addDays(today(), -40), counterparty: client, lines: line(price), ...data } as any }) as Promise<any>;
  const overdue = await invoice('БАЛ-1', '1000.00', { state: 'issued', dueDate: addDays(today(), -1) });
  await invoice('БАЛ-2', '300.00', { state: 'issued', dueDate: addDays(today(), 10) });
  await invoice('БАЛ-3', '999.00', { state: 'draft' });
  await invoice('БАЛ-4', '777.00', { state: 'cancelled' });
  await invoice('БАЛ-5', '50.00', { state: 'issued', currency: 'USD' });
  // 400 paid on the overdue invoice, and an advance of 120 not tied to any invoice
  await documents(UID.payment).create({ data: { date: today(), amount: '400.00', direction: 'incoming', counterparty: client, invoice: overdue.documentId, dedupeKey: 'bal-1' } as any });
  await documents(UID.payment).create({ data: { date: today(), amount: '120.00', direction: 'incoming', counterparty: client, dedupeKey: 'bal-2' } as any });
  await documents(UID.payment).create({ data: { date: today(), amount: '5000.00', direction: 'outgoing', counterparty: client, dedupeKey: 'bal-3' } as any });
});

afterAll(async () => {
  await app?.stop();
});

const balance = (person: Person, documentId = client) => as[person].get(`/crm/counterparties/${documentId}/balance`);

it('sums the issued invoices, the money received and what is still owed and overdue, per currency', async () => {
  for (const person of ['accountant', 'director', 'manager'] as Person[]) {
    const res = await balance(person);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { currency: 'UAH', invoiced: '1300.00', paid: '520.00', outstanding: '900.00', overdue: '600.00', balance: '780.00' },
      { currency: 'USD', invoiced: '50.00', paid: '0.00', outstanding: '50.00', overdue: '0.00', balance: '50.00' },
    ]);
  }
});

it('the invoice the payment went to follows the money', async () => {
  const row: any = await app.strapi.db.query(UID.invoice as any).findOne({ where: { number: 'БАЛ-1' }, select: ['state', 'paidAmount'] });
  expect(row.state).toBe('overdue');
  expect(Number(row.paidAmount)).toBe(400);
});

it('tells nothing about a client the caller may not see', async () => {
  const res = await balance('manager', fx.records.other.counterparty.documentId);
  expect(res.status).toBe(404);
});

it('is closed to the Secretary, who reads no invoices', async () => {
  const res = await balance('secretary');
  expect(res.status).toBe(403);
  expect(JSON.stringify(res.body)).not.toMatch(/1300|invoiced/);
});

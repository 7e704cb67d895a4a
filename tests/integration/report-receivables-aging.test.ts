import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The receivables aging report on a hand-computed set of invoices (VAT 0 %, so each total is its price):
 *
 *   invoice  client (manager)       date        due         total    payments                   owed on 30.06.2024
 *   AG-1     Альфа (manager)        2024-05-01  2024-06-10  1000.00  400.10 on 05.06            599.90, 20 days   → 1–30
 *   AG-2     Альфа (manager)        2024-06-20  2024-07-20     0.10  —                            0.10, not due
 *   AG-3     Альфа (manager)        2024-01-10  2024-02-10   250.00  250.00 on 05.07            250.00, 141 days  → over 90
 *   AG-4     Бета (colleague)       2024-04-01  2024-04-20   300.00  —                          300.00, 71 days   → 61–90
 *   AG-5     Гамма (otherManager)   2024-05-15  2024-05-25    77.77  —                           77.77, 36 days   → 31–60
 *   AG-6     Альфа (manager)        2024-07-02  2024-07-09    40.00  —                          not yet issued on 30.06
 *   AG-7/8   Альфа                  draft and cancelled: never owed;  AG-9 Альфа in USD 100.00: only in the USD report
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const KEY = 'receivables-aging';
const ALPHA = 'Альфа (дебіторка)';
const BETA = 'Бета (дебіторка)';
const GAMMA = 'Гамма (дебіторка)';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  names = await salesManagerNames(app.strapi, fx);
  const client = (name: string, manager: Person, department: 'sales1' | 'sales2') =>
    create(UID.counterparty, { name, kind: 'client', manager: fx.employees[manager].documentId, department: fx.departments[department].documentId });
  const alpha = await client(ALPHA, 'manager', 'sales1');
  const beta = await client(BETA, 'colleague', 'sales1');
  const gamma = await client(GAMMA, 'otherManager', 'sales2');
  const invoice = (number: string, counterparty: any, author: Person, date: string, dueDate: string, price: string, state = 'issued', currency = 'UAH') =>
    create(UID.invoice, {
      number,
      date,
      dueDate,
      counterparty: counterparty.documentId,
      author: fx.employees[author].documentId,
      state,
      currency,
      lines: [{ description: 'Послуга', price, quantity: 1, vatRate: 0 }],
    });
  const pay = (invoiceDoc: any, counterparty: any, date: string, amount: string) =>
    create(UID.payment, { date, amount, currency: 'UAH', direction: 'incoming', purpose: `Оплата ${invoiceDoc.number}`, counterparty: counterparty.documentId, invoice: invoiceDoc.documentId, dedupeKey: `aging-${invoiceDoc.number}-${date}` });
  const ag1 = await invoice('AG-1', alpha, 'manager', '2024-05-01', '2024-06-10', '1000.00');
  await pay(ag1, alpha, '2024-06-05', '400.10');
  await invoice('AG-2', alpha, 'manager', '2024-06-20', '2024-07-20', '0.10');
  const ag3 = await invoice('AG-3', alpha, 'manager', '2024-01-10', '2024-02-10', '250.00');
  await pay(ag3, alpha, '2024-07-05', '250.00');
  await invoice('AG-4', beta, 'colleague', '2024-04-01', '2024-04-20', '300.00');
  await invoice('AG-5', gamma, 'otherManager', '2024-05-15', '2024-05-25', '77.77');
  await invoice('AG-6', alpha, 'manager', '2024-07-02', '2024-07-09', '40.00');
  await invoice('AG-7', alpha, 'manager', '2024-05-02', '2024-05-10', '5000.00', 'draft');
  await invoice('AG-8', alpha, 'manager', '2024-05-03', '2024-05-10', '7000.00', 'cancelled');
  await invoice('AG-9', alpha, 'manager', '2024-05-04', '2024-05-10', '100.00', 'issued', 'USD');
});

afterAll(async () => {
  await app?.stop();
});

const values = (sheet: any, fields: string[]) => sheet.rows.map((row: any) => fields.map((field) => row.values[field]));
const BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'];

describe('receivables aging', () => {
  it('buckets what was owed on the day by client, by age and invoice by invoice, exactly', async () => {
    const res = await reportJson(as.director, KEY, 'date=2024-06-30');
    expect(res.status).toBe(200);
    const [byClient, byAge, invoices] = res.body.data.sheets;
    const clientRows = Object.fromEntries(byClient.rows.map((row: any) => [row.values.client, [row.values.manager, ...BUCKETS.map((b) => row.values[b]), row.values.outstanding]]));
    expect(clientRows).toEqual({
      [ALPHA]: [names.manager, '0.10', '599.90', '0.00', '0.00', '250.00', '850.00'],
      [BETA]: [names.colleague, '0.00', '0.00', '0.00', '300.00', '0.00', '300.00'],
      [GAMMA]: [names.otherManager, '0.00', '0.00', '77.77', '0.00', '0.00', '77.77'],
    });
    expect(byClient.groups.map((group: any) => group.text).sort()).toEqual([names.colleague, names.manager, names.otherManager].sort());
    expect(byClient.total.outstanding.value).toBe('1227.77');
    expect(values(byAge, ['bucket', 'amount', 'invoices'])).toEqual([
      ['Строк не настав', '0.10', 1],
      ['1–30 днів', '599.90', 1],
      ['31–60 днів', '77.77', 1],
      ['61–90 днів', '300.00', 1],
      ['Понад 90 днів', '250.00', 1],
    ]);
    expect(values(invoices, ['number', 'dueDate', 'total', 'paid', 'outstanding', 'daysOverdue'])).toEqual([
      ['AG-3', '2024-02-10', '250.00', '0.00', '250.00', 141],
      ['AG-4', '2024-04-20', '300.00', '0.00', '300.00', 71],
      ['AG-5', '2024-05-25', '77.77', '0.00', '77.77', 36],
      ['AG-1', '2024-06-10', '1000.00', '400.10', '599.90', 20],
      ['AG-2', '2024-07-20', '0.10', '0.00', '0.10', 0],
    ]);
  });

  it('looks at a later day: a payment that came since is counted, an invoice issued since is owed', async () => {
    const res = await reportJson(as.director, KEY, 'date=2024-07-10');
    expect(res.status).toBe(200);
    const invoices = res.body.data.sheets[2];
    expect(values(invoices, ['number', 'outstanding', 'daysOverdue'])).toEqual([
      ['AG-4', '300.00', 81],
      ['AG-5', '77.77', 46],
      ['AG-1', '599.90', 30],
      ['AG-6', '40.00', 1],
      ['AG-2', '0.10', 0],
    ]);
  });

  it('is as of today when no day is given', async () => {
    const res = await reportJson(as.director, KEY, '');
    expect(res.status).toBe(200);
    const numbers = res.body.data.sheets[2].rows.map((row: any) => row.values.number);
    expect(numbers).toEqual(expect.arrayContaining(['AG-1', 'AG-2', 'AG-4', 'AG-5', 'AG-6']));
    expect(numbers).not.toContain('AG-3');
  });

  it('takes one currency at a time', async () => {
    const res = await reportJson(as.director, KEY, 'date=2024-06-30&currency=USD');
    expect(values(res.body.data.sheets[2], ['number', 'outstanding'])).toEqual([['AG-9', '100.00']]);
  });

  it('gives a Sales manager their own and their department’s debts only', async () => {
    const mine = await reportJson(as.manager, KEY, 'date=2024-06-30');
    expect(mine.status).toBe(200);
    expect(mine.body.data.sheets[0].rows.map((row: any) => row.values.client).sort()).toEqual([ALPHA, BETA].sort());
    expect(mine.body.data.sheets[0].total.outstanding.value).toBe('1150.00');
    expect(JSON.stringify(mine.body)).not.toMatch(/Гамма|77\.77/);
    const other = await reportJson(as.otherManager, KEY, 'date=2024-06-30');
    expect(values(other.body.data.sheets[2], ['number'])).toEqual([['AG-5']]);
  });

  it('is run by the Accountant, refused to the Marketer who reads no invoices', async () => {
    expect((await reportJson(as.accountant, KEY, 'date=2024-06-30')).status).toBe(200);
    expect((await reportJson(as.marketer, KEY, 'date=2024-06-30')).status).toBe(403);
  });

  it('writes the workbook with the sheets, the day in the heading and the chart data', async () => {
    const { status, workbook } = await reportXlsx(as.director, KEY, 'date=2024-06-30');
    expect(status).toBe(200);
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['За клієнтами', 'За строками', 'Рахунки']));
    const rows = sheetValues(workbook!, 'За строками');
    expect(rows.flat()).toContain('На дату: 30.06.2024');
    const header = rows.findIndex((row) => row?.[0] === 'Строк');
    expect(rows[header]).toEqual(['Строк', 'Заборгованість', 'Рахунків']);
    expect(rows[header + 1]).toEqual(['Строк не настав', 0.1, 1]);
    expect(rows[header + 5]).toEqual(['Понад 90 днів', 250, 1]);
    expect(rows.find((row) => row?.[0] === 'Усього')!.slice(1, 3)).toEqual([1227.77, 5]);
  });
});

import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * Manager activity for June 2024 (Kyiv) on hand-made records; M = manager, C = colleague (same department),
 * O = otherManager (another department). Today is long after June, so a next contact still planned is overdue.
 *
 *   contacts done in June        M: call-out 03.06 (next contact 10.06, its follow-up then done: a call-out
 *                                   on 10.06), meeting 04.06 (next contact 12.06, follow-up left planned),
 *                                   call-out 05.06, email 06.06, visit 28.06 (next contact in July)
 *                                C: visit 07.06, messenger 08.06, letter 09.06 (next contact 20.06, cancelled)
 *                                O: call-in 11.06;   M's call of 30.05 is outside; M's call planned for 14.06
 *                                (itself still planned, a next contact typed in for 16.06) counts nowhere
 *   requests done in June        M: R1 received 31.05 07:00Z, read 09:00Z (2 h), done 01.06 07:00Z (24 h)
 *                                   R2 received 31.05 12:00Z, never read, done 01.06 03:00Z (15 h)
 *                                C: R3 in progress;  O: R4 done 01.07 (outside)
 *   counterparties created       Альфа (M) 05.06, Гамма (O) 10.06; Бета (C) 20.05 is outside
 *   invoices (UAH)               M: 1000.00 + 200.50, C: 300.00, O: 0.10; a draft and a USD invoice left out
 *   payments in June             500.00 on M's first, 300.00 on C's; 200.50 on M's second came on 02.07
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const KEY = 'manager-activity';
const JUNE = 'from=2024-06-01&to=2024-06-30';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  const setRow = (uid: string, id: number, data: Record<string, unknown>) => app.strapi.db.query(uid as any).update({ where: { id }, data });
  names = await salesManagerNames(app.strapi, fx);
  const employee = (person: Person) => fx.employees[person].documentId;
  const client = async (name: string, manager: Person, department: 'sales1' | 'sales2', createdAt: string) => {
    const doc = await create(UID.counterparty, { name, kind: 'client', manager: employee(manager), department: fx.departments[department].documentId });
    await setRow(UID.counterparty, doc.id, { createdAt });
    return doc;
  };
  const alpha = await client('Альфа (активність)', 'manager', 'sales1', '2024-06-05T09:00:00.000Z');
  const beta = await client('Бета (активність)', 'colleague', 'sales1', '2024-05-20T09:00:00.000Z');
  const gamma = await client('Гамма (активність)', 'otherManager', 'sales2', '2024-06-10T09:00:00.000Z');

  const contact = (who: Person, counterparty: any, kind: string, occurredAt: string, nextContactAt?: string) =>
    create(UID.interaction, {
      subject: `${kind} ${occurredAt}`,
      kind,
      state: 'done',
      occurredAt,
      counterparty: counterparty.documentId,
      employee: employee(who),
      ...(nextContactAt ? { nextContactAt } : {}),
    });
  const followUpOf = (interaction: any) => app.strapi.db.query(UID.interaction as any).findOne({ where: { followUpOf: { id: interaction.id } }, select: ['id', 'state'] });
  const first = await contact('manager', alpha, 'call-out', '2024-06-03T08:00:00.000Z', '2024-06-10T08:00:00.000Z');
  const firstFollowUp: any = await followUpOf(first);
  expect(firstFollowUp?.state).toBe('planned');
  await setRow(UID.interaction, firstFollowUp.id, { state: 'done' });
  await contact('manager', alpha, 'meeting', '2024-06-04T08:00:00.000Z', '2024-06-12T08:00:00.000Z');
  await contact('manager', alpha, 'call-out', '2024-06-05T08:00:00.000Z');
  await contact('manager', alpha, 'email', '2024-06-06T08:00:00.000Z');
  await contact('manager', alpha, 'visit', '2024-06-28T08:00:00.000Z', '2024-07-05T08:00:00.000Z');
  await contact('manager', alpha, 'call-out', '2024-05-30T08:00:00.000Z');
  // a contact still planned itself, its next contact typed in ahead: neither done nor a planned next contact yet
  await create(UID.interaction, { subject: 'Ще не відбувся', kind: 'call-out', state: 'planned', occurredAt: '2024-06-14T08:00:00.000Z', nextContactAt: '2024-06-16T08:00:00.000Z', counterparty: alpha.documentId, employee: employee('manager') });
  await contact('colleague', beta, 'visit', '2024-06-07T08:00:00.000Z');
  await contact('colleague', beta, 'messenger', '2024-06-08T08:00:00.000Z');
  const letter = await contact('colleague', beta, 'letter', '2024-06-09T08:00:00.000Z', '2024-06-20T08:00:00.000Z');
  await setRow(UID.interaction, ((await followUpOf(letter)) as any).id, { state: 'cancelled' });
  await contact('otherManager', gamma, 'call-in', '2024-06-11T08:00:00.000Z');

  const request = (assignee: Person, counterparty: any, data: Record<string, unknown>) =>
    create(UID.inboundRequest, { subject: 'Запит (активність)', channel: 'phone', counterparty: counterparty.documentId, assignee: employee(assignee), ...data });
  await request('manager', alpha, { receivedAt: '2024-05-31T07:00:00.000Z', state: 'done', readAt: '2024-05-31T09:00:00.000Z', doneAt: '2024-06-01T07:00:00.000Z' });
  await request('manager', alpha, { receivedAt: '2024-05-31T12:00:00.000Z', state: 'done', doneAt: '2024-06-01T03:00:00.000Z' });
  await request('colleague', beta, { receivedAt: '2024-05-31T12:00:00.000Z', state: 'in-progress', readAt: '2024-05-31T13:00:00.000Z' });
  await request('otherManager', gamma, { receivedAt: '2024-05-31T12:00:00.000Z', state: 'done', doneAt: '2024-07-01T10:00:00.000Z' });

  const invoice = (number: string, counterparty: any, author: Person, date: string, price: string, state = 'issued', currency = 'UAH') =>
    create(UID.invoice, { number, date, counterparty: counterparty.documentId, author: employee(author), state, currency, lines: [{ description: 'Товар', price, quantity: 1, vatRate: 0 }] });
  const pay = (invoiceDoc: any, counterparty: any, date: string, amount: string) =>
    create(UID.payment, { date, amount, currency: 'UAH', direction: 'incoming', purpose: `Оплата ${invoiceDoc.number}`, counterparty: counterparty.documentId, invoice: invoiceDoc.documentId, dedupeKey: `activity-${invoiceDoc.number}-${date}` });
  const i1 = await invoice('ACT-1', alpha, 'manager', '2024-06-03', '1000.00');
  const i2 = await invoice('ACT-2', alpha, 'manager', '2024-06-20', '200.50');
  const i3 = await invoice('ACT-3', beta, 'colleague', '2024-06-15', '300.00');
  await invoice('ACT-4', gamma, 'otherManager', '2024-06-25', '0.10');
  await invoice('ACT-5', alpha, 'manager', '2024-06-26', '9000.00', 'draft');
  await invoice('ACT-6', alpha, 'manager', '2024-06-27', '100.00', 'issued', 'USD');
  await pay(i1, alpha, '2024-06-10', '500.00');
  await pay(i3, beta, '2024-06-30', '300.00');
  await pay(i2, alpha, '2024-07-02', '200.50');
});

afterAll(async () => {
  await app?.stop();
});

const ACTIVITY = ['callIn', 'callOut', 'meeting', 'visit', 'email', 'letter', 'messenger', 'otherKind', 'interactions', 'planned', 'plannedDone', 'plannedOverdue', 'requestsDone', 'responseHours', 'completionHours', 'newCounterparties'];
const rowsByEmployee = (sheet: any, fields: string[]) => Object.fromEntries(sheet.rows.map((row: any) => [row.values.employee, fields.map((field) => row.values[field])]));

describe('manager activity', () => {
  it('counts each employee’s contacts, planned contacts, requests, new counterparties and sales, exactly', async () => {
    const res = await reportJson(as.director, KEY, JUNE);
    expect(res.status).toBe(200);
    const [activity, sales] = res.body.data.sheets;
    expect(rowsByEmployee(activity, ACTIVITY)).toEqual({
      //                   in out meet visit email letter msg other all plan done overdue req resp  compl new
      [names.manager]: [0, 3, 1, 1, 1, 0, 0, 0, 6, 2, 1, 1, 2, 8.5, 19.5, 1],
      [names.colleague]: [0, 0, 0, 1, 0, 1, 1, 0, 3, 1, 0, 0, 0, null, null, 0],
      [names.otherManager]: [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, null, null, 1],
    });
    expect(activity.total.interactions.value).toBe(10);
    expect(rowsByEmployee(sales, ['invoices', 'invoiced', 'received'])).toEqual({
      [names.manager]: [2, '1200.50', '500.00'],
      [names.colleague]: [1, '300.00', '300.00'],
      [names.otherManager]: [1, '0.10', '0.00'],
    });
    // 1200.50, 300.00 and 0.10 of 1500.60
    expect(sales.rows.map((row: any) => row.values.share)).toEqual([0.800013, 0.19992, 0.000067]);
    expect(sales.total.invoiced.value).toBe('1500.60');
  });

  it('narrows to the employees asked for, showing them even without figures', async () => {
    const res = await reportJson(as.director, KEY, `${JUNE}&manager=${fx.employees.otherManager.documentId},${fx.employees.marketer.documentId}`);
    expect(res.status).toBe(200);
    const activity = rowsByEmployee(res.body.data.sheets[0], ['interactions', 'newCounterparties']);
    expect(Object.keys(activity)).toHaveLength(2);
    expect(activity[names.otherManager]).toEqual([1, 1]);
    expect(Object.values(activity)).toContainEqual([0, 0]);
  });

  it('gives a Sales manager their own and their department’s activity only', async () => {
    const res = await reportJson(as.manager, KEY, JUNE);
    expect(res.status).toBe(200);
    expect(Object.keys(rowsByEmployee(res.body.data.sheets[0], [])).sort()).toEqual([names.colleague, names.manager].sort());
    expect(res.body.data.sheets[1].total.invoiced.value).toBe('1500.50');
    expect(JSON.stringify(res.body)).not.toContain(names.otherManager);
  });

  it('is refused to those who may not read the chronicle or the invoices', async () => {
    expect((await reportJson(as.accountant, KEY, JUNE)).status).toBe(403);
    expect((await reportJson(as.marketer, KEY, JUNE)).status).toBe(403);
  });

  it('writes the workbook: activity and sales sheets', async () => {
    const { status, workbook } = await reportXlsx(as.director, KEY, JUNE);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'Продажі');
    const header = rows.findIndex((row) => row?.[0] === 'Співробітник');
    expect(rows[header]).toEqual(['Співробітник', 'Рахунків виписано', 'Сума рахунків', 'Надійшло оплат', 'Частка продажів']);
    expect(rows[header + 1].slice(0, 4)).toEqual([names.manager, 2, 1200.5, 500]);
    expect(rows.find((row) => row?.[0] === 'Усього')!.slice(1, 4)).toEqual([4, 1500.6, 800]);
    const activity = sheetValues(workbook!, 'Активність');
    expect(activity.find((row) => row?.[0] === names.manager)!.slice(0, 10)).toEqual([names.manager, 0, 3, 1, 1, 1, 0, 0, 0, 6]);
  });
});

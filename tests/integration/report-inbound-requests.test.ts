import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The inbound requests report for June 2024 on hand-made requests (times UTC):
 *
 *   request  channel  lead source  from (manager)        assignee      received     read / done                due          state
 *   Q1       phone    Виставка     Альфа (manager)       manager       03.06 07:00  08:00 (1 h) / 10:00 (3 h)  03.06 15:00  done
 *   Q2       phone    —            Бета (colleague)      colleague     04.06 07:00  11:00 (4 h) / 05.06 07:00  04.06 15:00  done, late
 *   Q3       web      Сайт         —                     — (sales1)    05.06 07:00  —                          05.06 09:00  new, late; by a rule, flagged
 *   Q4       email    —            Гамма (otherManager)  otherManager  06.06 07:00  —                          —            rejected, forwarded once
 *   Q5       phone    received 01.07: outside
 *
 * Invoices: Альфа 10.06 (after Q1: it converted), Бета only 01.05 and a draft (Q2 did not), Гамма 07.06 (Q4 did).
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const KEY = 'inbound-requests';
const JUNE = 'from=2024-06-01&to=2024-06-30';
const EXPO = 'Виставка (звернення)';
const SITE = 'Сайт (звернення)';
const RULE = 'Сайт → відділ 1';
const SALES1 = 'Відділ продажів 1';
const SALES2 = 'Відділ продажів 2';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  const setRow = (uid: string, id: number, data: Record<string, unknown>) => app.strapi.db.query(uid as any).update({ where: { id }, data });
  names = await salesManagerNames(app.strapi, fx);
  const employee = (person: Person) => fx.employees[person].documentId;
  const expo = await create(UID.leadSource, { name: EXPO });
  const site = await create(UID.leadSource, { name: SITE });
  // switched off, so it routes nothing by itself: the test sets it on Q3 as routing would have
  const rule = await create(UID.routingRule, { name: RULE, active: false });
  const client = (name: string, manager: Person, department: 'sales1' | 'sales2') =>
    create(UID.counterparty, { name, kind: 'client', manager: employee(manager), department: fx.departments[department].documentId });
  const alpha = await client('Альфа (звернення)', 'manager', 'sales1');
  const beta = await client('Бета (звернення)', 'colleague', 'sales1');
  const gamma = await client('Гамма (звернення)', 'otherManager', 'sales2');
  const request = (data: Record<string, unknown>) => create(UID.inboundRequest, { subject: 'Запит (звіт)', ...data });
  const sales1 = fx.departments.sales1.documentId;
  await request({ channel: 'phone', leadSource: expo.documentId, counterparty: alpha.documentId, assignee: employee('manager'), targetDepartment: sales1, receivedAt: '2024-06-03T07:00:00.000Z', readAt: '2024-06-03T08:00:00.000Z', doneAt: '2024-06-03T10:00:00.000Z', dueAt: '2024-06-03T15:00:00.000Z', state: 'done' });
  await request({ channel: 'phone', counterparty: beta.documentId, assignee: employee('colleague'), targetDepartment: sales1, receivedAt: '2024-06-04T07:00:00.000Z', readAt: '2024-06-04T11:00:00.000Z', doneAt: '2024-06-05T07:00:00.000Z', dueAt: '2024-06-04T15:00:00.000Z', state: 'done' });
  const q3 = await request({ channel: 'web', leadSource: site.documentId, receivedAt: '2024-06-05T07:00:00.000Z', dueAt: '2024-06-05T09:00:00.000Z', targetDepartment: fx.departments.sales1.documentId });
  // as routing by the rule would have left it: to the department, nobody yet, flagged for a person to decide
  await setRow(UID.inboundRequest, q3.id, { routingRule: rule.id, flagged: true, assignee: null, targetDepartment: fx.departments.sales1.id, state: 'new', overdue: false });
  const q4 = await request({ channel: 'email', counterparty: gamma.documentId, assignee: employee('otherManager'), targetDepartment: fx.departments.sales2.documentId, receivedAt: '2024-06-06T07:00:00.000Z', state: 'rejected' });
  await setRow(UID.inboundRequest, q4.id, { forwardHistory: [{ from: 'Працівник colleague', to: names.otherManager, at: '2024-06-06T08:00:00.000Z' }], dueAt: null, overdue: false });
  await request({ channel: 'phone', counterparty: alpha.documentId, assignee: employee('manager'), receivedAt: '2024-07-01T10:00:00.000Z' });

  const invoice = (number: string, counterparty: any, date: string, state = 'issued') =>
    create(UID.invoice, { number, date, counterparty: counterparty.documentId, state, lines: [{ description: 'Товар', price: '10.00', quantity: 1, vatRate: 0 }] });
  await invoice('REQ-1', alpha, '2024-06-10');
  await invoice('REQ-2', beta, '2024-05-01');
  await invoice('REQ-3', beta, '2024-06-20', 'draft');
  await invoice('REQ-4', gamma, '2024-06-07');
});

afterAll(async () => {
  await app?.stop();
});

const values = (sheet: any, fields: string[]) => sheet.rows.map((row: any) => fields.map((field) => row.values[field]));
const CHANNEL = ['channel', 'leadSource', 'requests', 'done', 'rejected', 'open', 'late', 'responseHours', 'invoiced', 'conversion'];
const DEPARTMENT = ['department', 'assignee', 'requests', 'done', 'open', 'late', 'responseHours', 'completionHours'];
const ROUTING = ['routing', 'requests', 'flagged', 'forwarded', 'withCounterparty', 'invoiced', 'conversion'];

describe('inbound requests', () => {
  it('counts the period’s requests by channel and source, department and assignee, routing, with times and conversion', async () => {
    const res = await reportJson(as.director, KEY, JUNE);
    expect(res.status).toBe(200);
    const [byChannel, byDepartment, byRouting] = res.body.data.sheets;
    expect(values(byChannel, CHANNEL)).toEqual(
      expect.arrayContaining([
        ['Телефон', EXPO, 1, 1, 0, 0, 0, 1, 1, 1],
        ['Телефон', null, 1, 1, 0, 0, 1, 4, 0, 0],
        ['Форма на сайті', SITE, 1, 0, 0, 1, 1, null, 0, 0],
        ['Електронна пошта', null, 1, 0, 1, 0, 0, null, 1, 1],
      ]),
    );
    expect(byChannel.rows).toHaveLength(4);
    expect(byChannel.total.requests.value).toBe(4);
    expect(values(byDepartment, DEPARTMENT)).toEqual(
      expect.arrayContaining([
        [SALES1, names.manager, 1, 1, 0, 0, 1, 3],
        [SALES1, names.colleague, 1, 1, 0, 1, 4, 24],
        [SALES1, null, 1, 0, 1, 1, null, null],
        [SALES2, names.otherManager, 1, 0, 0, 0, null, null],
      ]),
    );
    expect(byDepartment.groups.map((group: any) => [group.text, group.total.requests.value])).toEqual([
      [SALES1, 3],
      [SALES2, 1],
    ]);
    expect(values(byRouting, ROUTING)).toEqual([
      ['Без правила (менеджер клієнта, черговий або вручну)', 3, 0, 1, 3, 2, 2 / 3],
      [`За правилом «${RULE}»`, 1, 1, 0, 0, 0, 0],
    ]);
  });

  it('narrows to the departments asked for', async () => {
    const res = await reportJson(as.director, KEY, `${JUNE}&department=${fx.departments.sales2.documentId}`);
    expect(res.status).toBe(200);
    expect(values(res.body.data.sheets[1], ['department', 'assignee', 'requests'])).toEqual([[SALES2, names.otherManager, 1]]);
  });

  it('gives a Sales manager their own and their department’s requests, and no routing rules', async () => {
    const res = await reportJson(as.manager, KEY, JUNE);
    expect(res.status).toBe(200);
    expect(res.body.data.sheets[0].total.requests.value).toBe(3);
    expect(values(res.body.data.sheets[2], ['routing', 'requests', 'invoiced'])).toEqual([
      ['Призначено', 2, 1],
      ['Не призначено', 1, 0],
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(RULE);
    expect(text).not.toContain(names.otherManager);
  });

  it('is refused to roles that do not read requests', async () => {
    expect((await reportJson(as.marketer, KEY, JUNE)).status).toBe(403);
    expect((await reportJson(as.accountant, KEY, JUNE)).status).toBe(403);
  });

  it('writes the workbook with the hours and the conversion as numbers', async () => {
    const { status, workbook } = await reportXlsx(as.director, KEY, JUNE);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'Розподіл і результат');
    const header = rows.findIndex((row) => row?.[0] === 'Як розподілено');
    expect(rows[header]).toEqual(['Як розподілено', 'Звернень', 'Потребували рішення', 'Переадресовано', 'Від контрагентів з бази', 'Завершились рахунком', 'Конверсія']);
    expect(rows[header + 1].slice(0, 6)).toEqual(['Без правила (менеджер клієнта, черговий або вручну)', 3, 0, 1, 3, 2]);
    // a percentage keeps one decimal: 66,7 %
    expect(rows[header + 1][6]).toBe(0.667);
    const byDepartment = sheetValues(workbook!, 'За підрозділами');
    expect(byDepartment.find((row) => row?.[1] === names.colleague)!.slice(2, 8)).toEqual([1, 1, 0, 1, 4, 24]);
  });
});

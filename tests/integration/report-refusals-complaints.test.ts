import { startStrapi, TestApp } from '../helpers/strapi';
import { AccessFixtures, createAccessFixtures, loginAll, Person, salesManagerNames } from '../helpers/access-fixtures';
import type { AdminSession } from '../helpers/admin';
import { reportJson, reportXlsx, sheetValues } from '../helpers/report-requests';
import { UID } from '../../src/access/uids';

/**
 * The refusals and complaints reports for June 2024 on hand-made records; clients Альфа (manager), Бета
 * (colleague, same department), Гамма (otherManager); the competitor Омега has no manager or department,
 * so Sales managers may not read it.
 *
 *   refusal  client  employee      date   kind               reason  competitor  lost
 *   RF1      Альфа   manager       03.06  refused-purchase   Ціна    Омега       1000.10
 *   RF2      Альфа   manager       10.06  refused-purchase   Ціна    —              0.20
 *   RF3      Бета    colleague     15.06  ended-cooperation  Строки  Омега       3000.00
 *   RF4      Гамма   — (its manager otherManager)  20.06  ended-cooperation  —  —  —
 *   RF5      Альфа   01.07: outside
 *
 *   complaint  client  category  severity  responsible   received     resolved            state     cost
 *   K1         Альфа   quality   high      manager       01.06 09:00  02.06 09:00 (1 d)   resolved  100.10
 *   K2         Альфа   quality   high      manager       01.06 09:00  04.06 09:00 (3 d)   resolved    0.20
 *   K3         Бета    quality   low       —             05.06 09:00  —                   new       —
 *   K4         Гамма   delivery  medium    otherManager  06.06 09:00  —                   rejected    5.00
 *   K5         Альфа   received 01.07: outside
 */

let app: TestApp;
let fx: AccessFixtures;
let as: Record<Person, AdminSession>;
let names: Record<'manager' | 'colleague' | 'otherManager', string>;
const JUNE = 'from=2024-06-01&to=2024-06-30';
const PRICE = 'Ціна (звіт)';
const TERMS = 'Строки (звіт)';
const OMEGA = 'Омега (конкурент)';

beforeAll(async () => {
  app = await startStrapi();
  fx = await createAccessFixtures(app.strapi);
  as = await loginAll(app, fx);
  const create = (uid: string, data: Record<string, unknown>) => app.strapi.documents(uid as any).create({ data } as any) as Promise<any>;
  names = await salesManagerNames(app.strapi, fx);
  const employee = (person: Person) => fx.employees[person].documentId;
  const client = (name: string, manager: Person, department: 'sales1' | 'sales2') =>
    create(UID.counterparty, { name, kind: 'client', manager: employee(manager), department: fx.departments[department].documentId });
  const alpha = await client('Альфа (відмови)', 'manager', 'sales1');
  const beta = await client('Бета (відмови)', 'colleague', 'sales1');
  const gamma = await client('Гамма (відмови)', 'otherManager', 'sales2');
  const omega = await create(UID.counterparty, { name: OMEGA, kind: 'competitor' });
  const price = await create('api::loss-reason.loss-reason', { name: PRICE });
  const terms = await create('api::loss-reason.loss-reason', { name: TERMS });

  const refusal = (counterparty: any, date: string, kind: string, more: Record<string, any>) =>
    create(UID.refusal, {
      counterparty: counterparty.documentId,
      date,
      kind,
      ...(more.employee ? { employee: employee(more.employee) } : {}),
      ...(more.reason ? { lossReason: more.reason.documentId } : {}),
      ...(more.competitor ? { competitor: more.competitor.documentId } : {}),
      ...(more.lost ? { lostAmount: more.lost } : {}),
    });
  await refusal(alpha, '2024-06-03', 'refused-purchase', { employee: 'manager', reason: price, competitor: omega, lost: '1000.10' });
  await refusal(alpha, '2024-06-10', 'refused-purchase', { employee: 'manager', reason: price, lost: '0.20' });
  await refusal(beta, '2024-06-15', 'ended-cooperation', { employee: 'colleague', reason: terms, competitor: omega, lost: '3000.00' });
  await refusal(gamma, '2024-06-20', 'ended-cooperation', {});
  await refusal(alpha, '2024-07-01', 'refused-purchase', { employee: 'manager', reason: price, lost: '777.00' });

  const complaint = (number: string, counterparty: any, data: Record<string, unknown>) =>
    create(UID.complaint, { number, counterparty: counterparty.documentId, description: 'Опис (звіт)', ...data });
  await complaint('K1', alpha, { category: 'quality', severity: 'high', responsible: employee('manager'), receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-02T09:00:00.000Z', state: 'resolved', cost: '100.10' });
  await complaint('K2', alpha, { category: 'quality', severity: 'high', responsible: employee('manager'), receivedAt: '2024-06-01T09:00:00.000Z', resolvedAt: '2024-06-04T09:00:00.000Z', state: 'resolved', cost: '0.20' });
  await complaint('K3', beta, { category: 'quality', severity: 'low', receivedAt: '2024-06-05T09:00:00.000Z', state: 'new' });
  await complaint('K4', gamma, { category: 'delivery', severity: 'medium', responsible: employee('otherManager'), receivedAt: '2024-06-06T09:00:00.000Z', state: 'rejected', cost: '5.00' });
  await complaint('K5', alpha, { category: 'quality', severity: 'high', receivedAt: '2024-07-01T09:00:00.000Z', cost: '999.00' });
});

afterAll(async () => {
  await app?.stop();
});

const values = (sheet: any, fields: string[]) => sheet.rows.map((row: any) => fields.map((field) => row.values[field]));

describe('refusals', () => {
  it('sums the losses by reason, competitor and manager, exactly', async () => {
    const res = await reportJson(as.director, 'refusals', JUNE);
    expect(res.status).toBe(200);
    const [byReason, byCompetitor, byManager] = res.body.data.sheets;
    expect(values(byReason, ['lossReason', 'refusals', 'lostAmount', 'share'])).toEqual([
      [TERMS, 1, '3000.00', 0.749944],
      [PRICE, 2, '1000.30', 0.250056],
      [null, 1, '0.00', 0],
    ]);
    expect(byReason.total.lostAmount.value).toBe('4000.30');
    expect(values(byCompetitor, ['competitor', 'refusals', 'lostAmount'])).toEqual([
      [OMEGA, 2, '4000.10'],
      [null, 2, '0.20'],
    ]);
    expect(values(byManager, ['manager', 'refusedPurchase', 'endedCooperation', 'refusals', 'lostAmount'])).toEqual([
      [names.colleague, 0, 1, 1, '3000.00'],
      [names.manager, 2, 0, 2, '1000.30'],
      [names.otherManager, 0, 1, 1, '0.00'],
    ]);
  });

  it('narrows to a manager: the refusals they recorded, or of their clients when nobody is named', async () => {
    const res = await reportJson(as.director, 'refusals', `${JUNE}&manager=${fx.employees.otherManager.documentId}`);
    expect(values(res.body.data.sheets[2], ['manager', 'refusals'])).toEqual([[names.otherManager, 1]]);
  });

  it('gives a Sales manager their own and their department’s refusals, without naming competitors they may not read', async () => {
    const res = await reportJson(as.manager, 'refusals', JUNE);
    expect(res.status).toBe(200);
    expect(values(res.body.data.sheets[1], ['competitor', 'refusals', 'lostAmount'])).toEqual([
      ['(немає доступу)', 2, '4000.10'],
      [null, 1, '0.20'],
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Омега');
    expect(text).not.toContain(names.otherManager);
  });

  it('is run by the Marketer, refused to the Accountant', async () => {
    const marketer = await reportJson(as.marketer, 'refusals', JUNE);
    expect(marketer.status).toBe(200);
    expect(marketer.body.data.sheets[0].total.lostAmount.value).toBe('4000.30');
    expect((await reportJson(as.accountant, 'refusals', JUNE)).status).toBe(403);
  });

  it('writes the workbook', async () => {
    const { status, workbook } = await reportXlsx(as.director, 'refusals', JUNE);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'За причинами');
    const header = rows.findIndex((row) => row?.[0] === 'Причина');
    expect(rows[header]).toEqual(['Причина', 'Відмов', 'Втрачена сума, грн', 'Частка втрат']);
    expect(rows[header + 1].slice(0, 3)).toEqual([TERMS, 1, 3000]);
    expect(rows.find((row) => row?.[0] === 'Усього')!.slice(1, 3)).toEqual([4, 4000.3]);
  });
});

describe('complaints', () => {
  it('counts by category and severity and by responsible, with resolution days and exact cost', async () => {
    const res = await reportJson(as.director, 'complaints', JUNE);
    expect(res.status).toBe(200);
    const [byCategory, byResponsible] = res.body.data.sheets;
    const FIELDS = ['complaints', 'resolved', 'rejected', 'open', 'resolutionDays', 'cost'];
    expect(values(byCategory, ['category', 'severity', ...FIELDS])).toEqual(
      expect.arrayContaining([
        ['Якість', 'Висока', 2, 2, 0, 0, 2, '100.30'],
        ['Якість', 'Низька', 1, 0, 0, 1, null, '0.00'],
        ['Доставка', 'Середня', 1, 0, 1, 0, null, '5.00'],
      ]),
    );
    expect(byCategory.rows).toHaveLength(3);
    expect(byCategory.total.cost.value).toBe('105.30');
    expect(values(byResponsible, ['responsible', ...FIELDS])).toEqual(
      expect.arrayContaining([
        [names.manager, 2, 2, 0, 0, 2, '100.30'],
        [null, 1, 0, 0, 1, null, '0.00'],
        [names.otherManager, 1, 0, 1, 0, null, '5.00'],
      ]),
    );
  });

  it('gives a Sales manager their own and their department’s complaints only', async () => {
    const res = await reportJson(as.manager, 'complaints', JUNE);
    expect(res.status).toBe(200);
    expect(res.body.data.sheets[0].total.complaints.value).toBe(3);
    expect(res.body.data.sheets[0].total.cost.value).toBe('100.30');
    expect(JSON.stringify(res.body)).not.toContain('Доставка');
  });

  it('is run by the Marketer, refused to the Accountant; the workbook reads back', async () => {
    expect((await reportJson(as.marketer, 'complaints', JUNE)).status).toBe(200);
    expect((await reportJson(as.accountant, 'complaints', JUNE)).status).toBe(403);
    const { status, workbook } = await reportXlsx(as.director, 'complaints', JUNE);
    expect(status).toBe(200);
    const rows = sheetValues(workbook!, 'За відповідальними');
    expect(rows.find((row) => row?.[0] === names.manager)).toEqual([names.manager, 2, 2, 0, 0, 2, 100.3]);
  });
});
